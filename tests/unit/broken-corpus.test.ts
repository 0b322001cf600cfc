// @vitest-environment node
/**
 * Every broken pack of the corpus (tests/fixtures/broken-packs) makes data:check exit 1 with the
 * exact lines of its expected.txt: in-process for all of them, and through the real CLI for a few.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/data/problems';
import {
  appLinesOf,
  BROKEN_CASES,
  buildCase,
  caseFolder,
  expectedLines,
  loadCase,
  type BrokenCase,
  type CaseFiles,
} from '../../scripts/lib/broken-corpus';
import { checkDataFolder } from '../../scripts/lib/pack-files-on-disk';

const SCRIPT = fileURLToPath(new URL('../../scripts/data-check.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
// The repository's tsconfig names the @/ alias of src/; tsx reads it from the cwd unless told.
const TSCONFIG = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));
const temp = mkdtempSync(path.join(tmpdir(), 'broken-corpus-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function writeFolder(folder: string, files: CaseFiles): void {
  for (const [relative, bytes] of files) {
    if (bytes === null) continue;
    mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    writeFileSync(path.join(folder, relative), bytes);
  }
}

/** A committed case is checked where it is; a generated one is written to a temporary folder. */
const generatedFolders = new Map<string, string>();
function folderOf(brokenCase: BrokenCase): string {
  if (!brokenCase.generated) return caseFolder(brokenCase);
  let folder = generatedFolders.get(brokenCase.name);
  if (!folder) {
    folder = path.join(temp, brokenCase.name);
    writeFolder(folder, buildCase(brokenCase));
    generatedFolders.set(brokenCase.name, folder);
  }
  return folder;
}

/** data:check's lines for a case folder, with labels as seen from inside the folder. */
function checkInProcess(folder: string): string[] {
  const prefix = `${path.relative(process.cwd(), folder) || folder}/`;
  const absolute = `${folder}/`;
  return checkDataFolder(folder)
    .problems.map(formatProblem)
    .map((line) => line.replaceAll(absolute, '').replaceAll(prefix, ''));
}

function runCli(folder: string): Promise<{ code: number; stdout: string[] }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['--tsconfig', TSCONFIG, SCRIPT, '.'],
      { cwd: folder, maxBuffer: 1 << 26 },
      (error, stdout) => {
        resolve({ code: error ? Number(error.code) : 0, stdout: stdout.trimEnd().split('\n') });
      },
    );
  });
}

describe('the broken-pack corpus', () => {
  it('has at least 20 cases, each with expected lines, committed as the table builds them', () => {
    expect(BROKEN_CASES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(BROKEN_CASES.map((c) => c.name)).size).toBe(BROKEN_CASES.length);
    for (const brokenCase of BROKEN_CASES) {
      expect(expectedLines(brokenCase).length, brokenCase.name).toBeGreaterThan(0);
      if (brokenCase.app.kind === 'panel')
        expect(appLinesOf(brokenCase).length, brokenCase.name).toBeGreaterThan(0);
      if (brokenCase.generated) continue;
      const committed = loadCase(brokenCase);
      for (const [relative, bytes] of buildCase(brokenCase)) {
        expect(
          committed.get(relative),
          `${brokenCase.name}/${relative} is stale: run npx tsx scripts/lib/broken-corpus-write.ts`,
        ).toEqual(bytes);
      }
    }
  });

  it('keeps the 10 MB case out of the repository', () => {
    const big = BROKEN_CASES.find((c) => c.name === 'ten-mb-string')!;
    expect(big.generated).toBeDefined();
    const bytes = buildCase(big).get('minimal/projects.json')!;
    expect(bytes.length).toBeGreaterThan(10_000_000);
  });

  it.each(BROKEN_CASES.map((c) => [c.name, c] as const))(
    '%s: data:check reports exactly the expected lines',
    (_name, brokenCase) => {
      expect(checkInProcess(folderOf(brokenCase))).toEqual(expectedLines(brokenCase));
    },
  );

  // The real command, spawned in parallel, for cases that exercise each stage of the check.
  const CLI_CASES = ['utf16-file', 'ten-mb-string', 'dangling-reference', 'manifest-missing-pack'];
  it('the real data:check command exits 1 and prints the same lines', async () => {
    const cases = CLI_CASES.map((name) => BROKEN_CASES.find((c) => c.name === name)!);
    const runs = await Promise.all(cases.map((c) => runCli(folderOf(c))));
    runs.forEach((run, i) => {
      const expected = expectedLines(cases[i]!);
      expect(run.code, cases[i]!.name).toBe(1);
      expect(run.stdout, cases[i]!.name).toEqual([
        ...expected,
        `data:check: ${expected.length} problem${expected.length === 1 ? '' : 's'} in 1 pack`,
      ]);
    });
  }, 60_000);

  it('expected.txt files end with one newline and hold no summary line', () => {
    for (const brokenCase of BROKEN_CASES.filter((c) => !c.generated)) {
      const raw = readFileSync(path.join(caseFolder(brokenCase), 'expected.txt'), 'utf8');
      expect(raw.endsWith('\n') && !raw.endsWith('\n\n'), brokenCase.name).toBe(true);
      expect(raw, brokenCase.name).not.toContain('data:check:');
    }
  });
});
