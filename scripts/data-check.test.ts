// @vitest-environment node
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SLOW_TEST_TIMEOUT } from '../tests/support/timeouts';
import { MINIMAL_PACK_DIR } from '../tests/fixtures/minimal-pack';

const SCRIPT = fileURLToPath(new URL('./data-check.ts', import.meta.url));
// The repository's tsx (what `npx tsx` finds), so that it also runs from a folder outside the repo.
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
// The repository's tsconfig names the @/ alias of src/; tsx reads it from the cwd unless told.
const TSCONFIG = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const temp = mkdtempSync(path.join(tmpdir(), 'data-check-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Run {
  code: number;
  lines: string[];
}

/** Copies the minimal pack to <temp>/<name>/minimal, lets `breakIt` change it, runs data:check there. */
async function runOnCopy(
  name: string,
  breakIt: (pack: string) => void,
  args = ['minimal'],
): Promise<Run> {
  const cwd = path.join(temp, name);
  const pack = path.join(cwd, 'minimal');
  cpSync(MINIMAL_PACK_DIR, pack, { recursive: true });
  breakIt(pack);
  return new Promise((resolve) => {
    execFile(TSX, ['--tsconfig', TSCONFIG, SCRIPT, ...args], { cwd }, (error, stdout, stderr) => {
      const code = error ? Number(error.code) : 0;
      resolve({ code, lines: [...stdout.trimEnd().split('\n'), ...(stderr ? [stderr] : [])] });
    });
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
function edit(file: string, change: (json: any) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  change(json);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

// Started together, so that the spawns overlap rather than add up.
const runs = {
  valid: runOnCopy('valid', () => {}),
  badDate: runOnCopy('bad-date', (pack) =>
    edit(`${pack}/projects.json`, (j) => (j.projects[0].start = '2017-02-30')),
  ),
  dangling: runOnCopy('dangling', (pack) =>
    edit(`${pack}/events.json`, (j) => (j.events[1].projects = ['ecrl'])),
  ),
  url: runOnCopy('url', (pack) =>
    edit(
      `${pack}/agreements.json`,
      (j) => (j.agreements[0].sources[0].url = 'javascript:alert(1)'),
    ),
  ),
  truncated: runOnCopy('truncated', (pack) => {
    const file = `${pack}/trade.json`;
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 300));
  }),
  missing: runOnCopy('missing', (pack) => unlinkSync(`${pack}/decks.json`)),
  // A sparse file: 200 MiB on paper, nothing on disk, so the test writes nothing large.
  tooLarge: runOnCopy('too-large', (pack) => truncateSync(`${pack}/trade.json`, 200 * 1024 * 1024)),
  tooMany: runOnCopy('too-many', (pack) =>
    edit(`${pack}/events.json`, (j) => {
      j.events = Array.from({ length: 150_000 }, (_, i) => ({ id: `e${i}`, date: 'soon' }));
    }),
  ),
  oneFile: runOnCopy(
    'one-file',
    (pack) => {
      edit(`${pack}/events.json`, (j) => (j.events[1].agreements = ['nowhere']));
      edit(`${pack}/projects.json`, (j) => (j.projects[0].end = 'soon'));
    },
    ['minimal/events.json'],
  ),
  manifest: runOnCopy(
    'manifest',
    (pack) => {
      const packs = [
        { id: 'minimal', title: 'Minimal' },
        { id: 'ghost', title: 'Ghost' },
      ];
      writeFileSync(path.join(pack, '..', 'packs.json'), JSON.stringify({ packs }));
    },
    ['.'],
  ),
};

describe('npm run data:check', () => {
  it('passes a valid pack', async () => {
    expect(await runs.valid).toEqual({ code: 0, lines: ['data:check: 1 pack, 0 problems'] });
  });

  it('reports a date that does not exist', async () => {
    expect(await runs.badDate).toEqual({
      code: 1,
      lines: [
        'minimal/projects.json › $.projects[0].start: "2017-02-30" is not a real calendar date (a date such as 2017, 2017-06 or 2017-06-24)',
        'data:check: 1 problem in 1 pack',
      ],
    });
  });

  it('reports a reference to a record that does not exist', async () => {
    expect(await runs.dangling).toEqual({
      code: 1,
      lines: [
        'minimal/events.json › $.events[1].projects[0]: unknown project "ecrl" (an id from projects.json)',
        'data:check: 1 problem in 1 pack',
      ],
    });
  });

  it('refuses a javascript: URL', async () => {
    expect(await runs.url).toEqual({
      code: 1,
      lines: [
        'minimal/agreements.json › $.agreements[0].sources[0].url: "javascript:alert(1)" is not an http(s) address (a URL starting with http:// or https://)',
        'data:check: 1 problem in 1 pack',
      ],
    });
  });

  it('reports a truncated file with the line and column where it stops', async () => {
    const cut = readFileSync(path.join(MINIMAL_PACK_DIR, 'trade.json'), 'utf8')
      .slice(0, 300)
      .trimEnd()
      .split('\n');
    const [line, column] = [cut.length, cut.at(-1)!.length + 1];
    expect(await runs.truncated).toEqual({
      code: 1,
      lines: [
        `minimal/trade.json › $: not valid JSON: unexpected end of input at line ${line}, column ${column} (a complete JSON document; the file may be cut off)`,
        'data:check: 1 problem in 1 pack',
      ],
    });
  });

  it('refuses a file over 128 MiB without reading it', async () => {
    expect(await runs.tooLarge).toEqual({
      code: 1,
      lines: [
        'minimal/trade.json › $: the file is too large: 200 MiB (at most 128 MiB per file; split the pack into smaller packs)',
        'data:check: 1 problem in 1 pack',
      ],
    });
  });

  it(
    'lists the first of 150,000 broken records and says there are too many, without a stack trace',
    async () => {
      const { code, lines } = await runs.tooMany;
      expect(code).toBe(1);
      // The first problems, the line saying why the list stops, the summary; nothing on stderr.
      expect(lines).toHaveLength(9);
      expect(lines[0]).toMatch(/^minimal\/events\.json › \$\.events\[0\]\./);
      expect(lines.slice(-2)).toEqual([
        'minimal/events.json › $: too many problems to check the whole file (fix the first ones, listed above, then check again)',
        'data:check: 8 problems in 1 pack',
      ]);
    },
    SLOW_TEST_TIMEOUT,
  );

  it('reports a missing file', async () => {
    expect(await runs.missing).toEqual({
      code: 1,
      lines: [
        'minimal/decks.json › $: file is missing (every pack has pack.json, sectors.json, projects.json, agreements.json, events.json, trade.json, decks.json)',
        'data:check: 1 problem in 1 pack',
      ],
    });
  });

  it('checks only the file it is given, against its sibling files', async () => {
    expect(await runs.oneFile).toEqual({
      code: 1,
      lines: [
        'minimal/events.json › $.events[1].agreements[0]: unknown agreement "nowhere" (an id from agreements.json)',
        'data:check: 1 problem in 1 pack',
      ],
    });
  });

  it('checks the manifest and the packs it lists', async () => {
    expect(await runs.manifest).toEqual({
      code: 1,
      lines: [
        'packs.json › $.packs[1].id: no folder "ghost" for pack "ghost" (a folder named after the pack id, beside packs.json)',
        'data:check: 1 problem in 1 pack',
      ],
    });
  });
});
