/**
 * Segment-wise path checks shared by the dev server's data middleware and the static test
 * server. A plain `startsWith` is not enough: `/data/` must not match `/src/data/…` (the app's
 * own modules), and a folder `/x/data` must not contain `/x/data-old/…`.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

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
