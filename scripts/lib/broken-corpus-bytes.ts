/**
 * Broken packs whose defect is in the bytes or the JSON syntax of a file, or a missing file
 * (see broken-corpus-cases.ts for the whole table).
 */
import {
  AGREEMENTS_PANEL,
  at,
  DECKS_PANEL,
  edit,
  EVENTS_PANEL,
  META_PANEL,
  nested,
  PROJECTS_PANEL,
  SECTORS_PANEL,
  setText,
  text,
  TRADE_PANEL,
  utf8,
  type BrokenCase,
} from './broken-corpus-edit';

export const BYTE_CASES: BrokenCase[] = [
  {
    name: 'truncated-json',
    what: 'projects.json cut off half-way, as by an interrupted upload',
    file: 'projects.json',
    app: PROJECTS_PANEL,
    make: (f) => setText(f, 'projects.json', text(f, 'projects.json').slice(0, 900)),
  },
  {
    name: 'empty-file',
    what: 'events.json is empty (0 bytes)',
    file: 'events.json',
    app: EVENTS_PANEL,
    make: (f) => f.set(at('events.json'), new Uint8Array(0)),
  },
  {
    name: 'only-whitespace',
    what: 'decks.json holds only blank lines',
    file: 'decks.json',
    app: DECKS_PANEL,
    make: (f) => setText(f, 'decks.json', '\n\n   \n'),
  },
  {
    name: 'utf8-bom',
    what: 'sectors.json starts with a UTF-8 byte-order mark (as some Windows editors save)',
    file: 'sectors.json',
    app: SECTORS_PANEL,
    make: (f) => f.set(at('sectors.json'), utf8(`\uFEFF${text(f, 'sectors.json')}`)),
  },
  {
    name: 'utf16-file',
    what: 'agreements.json saved as UTF-16 (little-endian, with byte-order mark)',
    file: 'agreements.json',
    app: AGREEMENTS_PANEL,
    make: (f) => {
      const source = `\uFEFF${text(f, 'agreements.json')}`;
      const bytes = new Uint8Array(source.length * 2);
      for (let i = 0; i < source.length; i++) {
        bytes[2 * i] = source.charCodeAt(i) & 0xff;
        bytes[2 * i + 1] = source.charCodeAt(i) >> 8;
      }
      f.set(at('agreements.json'), bytes);
    },
  },
  {
    name: 'invalid-utf8',
    what: 'sectors.json has a Latin-1 "É" byte (0xC9) in a name: not UTF-8',
    file: 'sectors.json',
    app: SECTORS_PANEL,
    make: (f) => {
      const [before, after] = text(f, 'sectors.json').split('"Tenaga"');
      f.set(
        at('sectors.json'),
        new Uint8Array([...utf8(`${before}"`), 0xc9, ...utf8(`nergie"${after}`)]),
      );
    },
  },
  {
    name: 'trailing-comma',
    what: 'pack.json has a comma after its last field',
    file: 'pack.json',
    app: META_PANEL,
    make: (f) =>
      setText(f, 'pack.json', text(f, 'pack.json').replace('"languages": ["en", "ms"]', '$&,')),
  },
  {
    name: 'wrong-top-level-type',
    what: 'trade.json is an array instead of an object',
    file: 'trade.json',
    app: TRADE_PANEL,
    make: (f) => setText(f, 'trade.json', `[\n${text(f, 'trade.json')}]\n`),
  },
  {
    name: 'ten-mb-string',
    what: 'a 10 MB summary (a pasted file)',
    file: 'projects.json',
    app: PROJECTS_PANEL,
    generated: {
      expected: [
        'minimal/projects.json › $.projects[0].summary: a string of 10,000,000 characters is too long (at most 100,000 characters)',
      ],
    },
    make: (f) => edit(f, 'projects.json', (j) => (j.projects[0].summary = 'x'.repeat(10_000_000))),
  },
  {
    name: 'deeply-nested-junk',
    what: 'trade.json with 200 arrays nested inside each other under an extra field',
    file: 'trade.json',
    app: TRADE_PANEL,
    make: (f) =>
      setText(
        f,
        'trade.json',
        text(f, 'trade.json').replace(
          /\n\}\n$/,
          `,\n  "junk": ${JSON.stringify(nested(200))}\n}\n`,
        ),
      ),
  },
  {
    name: 'missing-file',
    what: 'the pack has no decks.json',
    file: 'decks.json',
    app: DECKS_PANEL,
    appLines: [
      'minimal/decks.json › $: file is missing: the server answered 404 Not Found (a file at data/minimal/decks.json)',
    ],
    make: (f) => f.set(at('decks.json'), null),
  },
];
