/**
 * The corpus of broken packs (tests/fixtures/broken-packs/<case>/): each case is a data folder
 * (packs.json and the pack folder minimal/) made from the minimal fixture pack with ONE defect.
 * The table in broken-corpus-cases.ts is the readable list of defects;
 * `npx tsx scripts/lib/broken-corpus-write.ts` writes the folders, and a test keeps them in step
 * with the table. Each folder's expected.txt holds the exact lines `npm run data:check` prints
 * for it (run from inside the folder).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROKEN_CASES } from './broken-corpus-cases';
import { at, PACK_ID, utf8, type BrokenCase, type CaseFiles } from './broken-corpus-edit';

export { BROKEN_CASES, PACK_ID };
export type { BrokenCase, CaseFiles };

export const CORPUS_DIR = fileURLToPath(
  new URL('../../tests/fixtures/broken-packs/', import.meta.url),
);
const MINIMAL_DIR = fileURLToPath(new URL('../../tests/fixtures/packs/minimal/', import.meta.url));

/** The valid starting point: the minimal pack and a manifest listing it. */
function baseFiles(): CaseFiles {
  const files: CaseFiles = new Map();
  const manifest = { packs: [{ id: PACK_ID, title: 'Minimal test pack' }] };
  files.set('packs.json', utf8(`${JSON.stringify(manifest, null, 2)}\n`));
  for (const name of readdirSync(MINIMAL_DIR).sort()) {
    files.set(`${PACK_ID}/${name}`, new Uint8Array(readFileSync(path.join(MINIMAL_DIR, name))));
  }
  return files;
}

/** The files of a case, built from the table (what the committed folder must hold). */
export function buildCase(brokenCase: BrokenCase): CaseFiles {
  const files = baseFiles();
  brokenCase.make(files);
  return files;
}

/** The files of a case as committed (or built, for a generated case). */
export function loadCase(brokenCase: BrokenCase): CaseFiles {
  if (brokenCase.generated) return buildCase(brokenCase);
  const folder = path.join(CORPUS_DIR, brokenCase.name);
  const files: CaseFiles = new Map();
  for (const relative of ['packs.json', ...baseFiles().keys()]) {
    const file = path.join(folder, relative);
    files.set(relative, existsSync(file) ? new Uint8Array(readFileSync(file)) : null);
  }
  return files;
}

/** The exact data:check lines for the case (expected.txt, or the table for a generated case). */
export function expectedLines(brokenCase: BrokenCase): string[] {
  if (brokenCase.generated) return brokenCase.generated.expected;
  const file = path.join(CORPUS_DIR, brokenCase.name, 'expected.txt');
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

/** What the app's error panel lists for the case: data:check's lines for the broken file. */
export function appLinesOf(brokenCase: BrokenCase): string[] {
  if (brokenCase.appLines) return brokenCase.appLines;
  return expectedLines(brokenCase).filter((line) => line.startsWith(`${at(brokenCase.file)} › `));
}

export const caseFolder = (brokenCase: BrokenCase) => path.join(CORPUS_DIR, brokenCase.name);
