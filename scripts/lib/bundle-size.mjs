/**
 * Gzip sizes of what the built app downloads: the first view (index.html's scripts and their
 * static imports) and, for each view, everything its lazy chunk pulls in (charts included).
 * Reads Vite's build manifest, so it needs `build.manifest: true`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const VIEW = /src\/(features|app)\/.*(-view|-shell)\.tsx$/;
/**
 * Loaded only when the reader asks (exporting a file, choosing another language), so not part of
 * what opening a view costs. English texts are counted, all of them, which overstates a view a
 * little.
 */
const ON_DEMAND = /papaparse|chart-export|export-file|i18n\/locales\/(?!en\/)/;
const kib = (dist, file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

export function firstViewBytes(dist = 'dist') {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`${manifestPath} is missing: build with build.manifest enabled`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  let first;
  const closure = (keys, withDynamic) => {
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key) || !manifest[key]) return;
      seen.add(key);
      for (const next of manifest[key].imports ?? []) visit(next);
      // A view's own lazy parts (charts, map shapes) count; another view it can link to does not,
      // nor what the first view's shell loads on demand (presenter, tools), which is no view's own.
      if (withDynamic && !first?.has(key))
        for (const next of manifest[key].dynamicImports ?? [])
          if (!VIEW.test(next) && !ON_DEMAND.test(next)) visit(next);
    };
    keys.forEach(visit);
    return seen;
  };
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  first = closure(entries, false);
  const firstFiles = [...first].map((key) => manifest[key].file).filter((f) => f.endsWith('.js'));
  const firstViewKiB = firstFiles.reduce((sum, file) => sum + kib(dist, file), 0);
  const views = Object.keys(manifest)
    .filter((key) => VIEW.test(key))
    .map((key) => {
      const files = [...closure([key], true)]
        .filter((k) => !first.has(k))
        .map((k) => manifest[k].file)
        .filter((f) => f.endsWith('.js'));
      return {
        view: key,
        kib: firstViewKiB + files.reduce((sum, file) => sum + kib(dist, file), 0),
      };
    })
    .sort((a, b) => b.kib - a.kib);
  const lazy = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => file.endsWith('.js') && !firstFiles.includes(file))
    .map((file) => ({ file, kib: kib(dist, file) }))
    .sort((a, b) => b.kib - a.kib);
  return { firstViewKiB, firstFiles, largestViewKiB: views[0]?.kib ?? firstViewKiB, views, lazy };
}
