/**
 * Segment-wise path checks shared by the dev server's data middleware and the static test
 * server. A plain `startsWith` is not enough: `/data/` must not match `/src/data/…` (the app's
 * own modules), and a folder `/x/data` must not contain `/x/data-old/…`.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The rest of a URL path below a URL folder (`/apps/jambatan/` or `/apps/jambatan`), or null when
 * the path is not inside it. Matching whole segments: `/apps/jambatan-old/x` is not inside.
 */
export function pathBelow(urlPath, folder) {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  if (urlPath === base.slice(0, -1)) return '';
  return urlPath.startsWith(base) ? urlPath.slice(base.length) : null;
}

/** The file `rest` names inside `dir`, or null when `..` or an absolute path would leave it. */
export function fileInside(dir, rest) {
  const root = resolve(dir);
  const file = resolve(root, `.${rest.startsWith('/') ? '' : '/'}${rest}`);
  const back = relative(root, file);
  if (back === '..' || back.startsWith(`..${sep}`) || isAbsolute(back)) return null;
  return file;
}

/** Content types of the files a built Jambatan holds (anything else is sent as bytes). */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * The file a static server sends for `urlPath` from `dir` served at URL folder `prefix` (a
 * folder's index.html), with its content type; null when the path is outside or nothing is there.
 */
export function staticFile(dir, prefix, urlPath) {
  const rest = pathBelow(urlPath, prefix);
  let file = rest === null ? null : fileInside(dir, rest);
  if (!file) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return null;
  return { file, type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
}
