import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import { staticFile } from '../../scripts/lib/url-path.mjs';

/** How the server answers for data files: properly, or as a failing or misconfigured one would. */
export type DataMode = 'ok' | 'bad-gateway' | 'sign-in-page' | 'hang';

/**
 * A static server for a copy of the build whose answers for data/ the test switches while the
 * browser keeps its service worker: the failures an intranet reader meets (a 502 from a proxy, a
 * sign-in page answered 200, a server that never answers).
 */
export async function startDataServer(dir: string, prefix: string, port: number) {
  const root = resolve(dir);
  let mode: DataMode = 'ok';
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path.startsWith(`${prefix}data/`) && mode !== 'ok') {
      if (mode === 'hang') return;
      if (mode === 'bad-gateway') res.writeHead(502, { 'Content-Type': 'text/plain' });
      else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(mode === 'bad-gateway' ? 'Bad gateway' : '<!doctype html><title>Sign in</title>');
      return;
    }
    const found = staticFile(root, prefix, path);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const { file, type } = found;
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    res.end(readFileSync(file));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    setMode(next: DataMode) {
      mode = next;
    },
    async close() {
      // Hanging answers keep their sockets open: close them, or the server never stops.
      sockets.forEach((socket) => socket.destroy());
      await new Promise((done) => server.close(done));
    },
  };
}
