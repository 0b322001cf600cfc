import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves `data/` at `./data/` in development and copies it as plain files into the build.
 * The packs are deliberately not bundled or hashed: curators replace a JSON file on the web
 * server and the app shows it without a rebuild.
 */
export function dataPackPlugin(dataDir = 'data'): Plugin {
  const root = resolve(dataDir);
  let outDir = 'dist';
  return {
    name: 'jambatan-data-pack',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const match = /\/data\/(.+)$/.exec(url);
        if (!match?.[1]) return next();
        const file = normalize(join(root, match[1]));
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
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
