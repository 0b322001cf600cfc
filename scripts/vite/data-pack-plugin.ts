import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { fileInside, pathBelow } from '../lib/url-path.mjs';

/**
 * Serves `data/` at `./data/` in development and copies it as plain files into the build.
 * The packs are deliberately not bundled or hashed: curators replace a JSON file on the web
 * server and the app shows it without a rebuild.
 */
export function dataPackPlugin(dataDir = 'data'): Plugin {
  const root = resolve(dataDir);
  let outDir = 'dist';
  // The app's data folder as the dev server sees it: `data/` at the app's root, and nothing
  // else. (Matching `/data/` anywhere once answered 404 for the app's own `src/data/` modules.)
  let dataUrl = '/data/';
  return {
    name: 'jambatan-data-pack',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      const base = config.base.startsWith('/') ? config.base : '/';
      dataUrl = `${base.endsWith('/') ? base : `${base}/`}data/`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        } catch {
          return next();
        }
        const rest = pathBelow(path, dataUrl);
        if (rest === null) return next();
        const file = fileInside(root, rest);
        if (!file || !existsSync(file) || !statSync(file).isFile()) {
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        res.setHeader(
          'Content-Type',
          extname(file) === '.json' ? 'application/json' : 'application/octet-stream',
        );
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    writeBundle() {
      cpSync(root, join(outDir, 'data'), { recursive: true });
    },
  };
}
