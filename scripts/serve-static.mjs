#!/usr/bin/env node
/**
 * A plain static file server with no rewrite rules, like the intranet servers Jambatan is copied
 * to. Serves `--dir` under the URL folder `--prefix`, so tests prove the build works from a
 * sub-folder. Extra folders can be mounted with `--mount urlPrefix=dir` (e.g. embed host pages).
 *   node scripts/serve-static.mjs --dir dist --prefix /apps/jambatan/ --port 4310
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathBelow, staticFile } from './lib/url-path.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const mounts = [[option('prefix', '/'), resolve(option('dir', 'dist'))]];
args.forEach((arg, i) => {
  if (arg === '--mount') {
    const [prefix, dir] = args[i + 1].split('=');
    mounts.push([prefix, resolve(dir)]);
  }
});
const port = Number(option('port', '4310'));

createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  for (const [prefix, dir] of mounts.sort((a, b) => b[0].length - a[0].length)) {
    const found = staticFile(dir, prefix, path);
    if (!found) {
      // Inside this mount but not there: a 404, not a look in a shorter mount.
      if (pathBelow(path, prefix) !== null) break;
      continue;
    }
    const { file, type } = found;
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    let body = readFileSync(file);
    // Compress text as any real web server would, so measured sizes and timings are realistic.
    if (/gzip/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png')) {
      body = gzipSync(body, { level: 6 });
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.length });
    res.end(body);
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
}).listen(port, '127.0.0.1', () =>
  console.log(
    `serving ${mounts.map(([p, d]) => `${d} at ${p}`).join(', ')} on http://127.0.0.1:${port}`,
  ),
);
