/**
 * npm run data:check [path]
 *
 *   (no path)              data/packs.json and every pack it lists
 *   data/                  a data folder with a packs.json (the same, elsewhere)
 *   data/malaysia-china    one pack folder (anywhere, e.g. a copy under /tmp)
 *   data/x/projects.json   one file of a pack (cross-checked against its siblings)
 *   data/packs.json        the manifest only
 *
 * Prints every problem as `file › JSON path: what is wrong (what was expected)`, then a summary;
 * exits 1 when there is any problem, 2 when the path cannot be checked at all.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../src/data/problems';
import { PACK_FILES, type PackFileName } from '../src/data/schema';
import {
  checkDataFolder,
  checkPackFolder,
  hasPackFiles,
  type CheckResult,
} from './lib/pack-files-on-disk';

/**
 * A folder is a data folder when it has a manifest, or when it holds no pack file of its own but
 * has pack sub-folders (a data folder whose manifest is missing); otherwise it is one pack.
 */
function isDataFolder(folder: string): boolean {
  if (existsSync(path.join(folder, 'packs.json'))) return true;
  if (hasPackFiles(folder)) return false;
  return readdirSync(folder).some((name) => hasPackFiles(path.join(folder, name)));
}

function run(target: string | undefined): CheckResult | string {
  if (target === undefined) return checkDataFolder(path.resolve('data'));
  const absolute = path.resolve(target);
  if (!existsSync(absolute)) return `no such file or folder: ${target}`;
  if (statSync(absolute).isDirectory()) {
    if (isDataFolder(absolute)) return checkDataFolder(absolute);
    return { problems: checkPackFolder(absolute), packs: 1 };
  }
  const name = path.basename(absolute);
  if (name === 'packs.json') return checkDataFolder(path.dirname(absolute), true);
  if (name in PACK_FILES)
    return { problems: checkPackFolder(path.dirname(absolute), name as PackFileName), packs: 1 };
  return `not a pack file or folder: ${target} (expected packs.json, ${Object.keys(PACK_FILES).join(', ')} or a folder)`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const result = run(process.argv[2]);
if (typeof result === 'string') {
  console.error(`data:check: ${result}`);
  process.exitCode = 2;
} else {
  for (const problem of result.problems) console.log(formatProblem(problem));
  const count = result.problems.length;
  console.log(
    count === 0
      ? `data:check: ${plural(result.packs, 'pack')}, 0 problems`
      : `data:check: ${plural(count, 'problem')} in ${plural(result.packs, 'pack')}`,
  );
  process.exitCode = count === 0 ? 0 : 1;
}
