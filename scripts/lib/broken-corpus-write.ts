/**
 * npx tsx scripts/lib/broken-corpus-write.ts
 *
 * Writes tests/fixtures/broken-packs/ from the case table in broken-corpus.ts (run it after
 * changing the table or the minimal pack; a test says when the folders are stale). An
 * expected.txt is written only when missing, from what data:check prints now: READ IT before
 * committing, since it is what the tests then hold data:check and the app to.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROKEN_CASES, buildCase, caseFolder, CORPUS_DIR } from './broken-corpus';

const SCRIPT = fileURLToPath(new URL('../data-check.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
// The repository's tsconfig names the @/ alias of src/; tsx reads it from the cwd unless told.
const TSCONFIG = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));

/** data:check's problem lines for a folder, run from inside it so labels read `minimal/…`. */
function dataCheckLines(folder: string): string[] {
  try {
    execFileSync(TSX, ['--tsconfig', TSCONFIG, SCRIPT, '.'], { cwd: folder, encoding: 'utf8' });
    return [];
  } catch (error) {
    const stdout = String((error as { stdout?: string }).stdout ?? '');
    return stdout.trimEnd().split('\n').slice(0, -1);
  }
}

const readme = [
  '# Broken packs',
  '',
  'Each folder is a data folder (`packs.json` and the pack `minimal/`) made from',
  '`tests/fixtures/packs/minimal` with one defect; `expected.txt` holds the exact lines',
  '`npm run data:check .` prints from inside the folder. Written by',
  '`npx tsx scripts/lib/broken-corpus-write.ts` from the table in `scripts/lib/broken-corpus.ts`.',
  '',
  '| case | file | defect |',
  '|---|---|---|',
];

for (const brokenCase of BROKEN_CASES) {
  readme.push(
    `| ${brokenCase.generated ? `${brokenCase.name} (built at test time)` : `\`${brokenCase.name}\``} | ${brokenCase.file} | ${brokenCase.what} |`,
  );
  if (brokenCase.generated) continue;
  const folder = caseFolder(brokenCase);
  const expected = path.join(folder, 'expected.txt');
  for (const [relative, bytes] of buildCase(brokenCase)) {
    const file = path.join(folder, relative);
    rmSync(file, { force: true });
    if (bytes === null) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  if (!existsSync(expected)) {
    writeFileSync(expected, `${dataCheckLines(folder).join('\n')}\n`);
    console.log(`wrote ${path.relative(process.cwd(), expected)}: review it`);
  }
}
writeFileSync(path.join(CORPUS_DIR, 'README.md'), `${readme.join('\n')}\n`);
console.log(`${BROKEN_CASES.length} cases in ${path.relative(process.cwd(), CORPUS_DIR)}`);
