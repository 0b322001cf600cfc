/**
 * The broken packs, one defect each: the readable table behind tests/fixtures/broken-packs/
 * (written by `npx tsx scripts/lib/broken-corpus-write.ts`; see broken-corpus.ts).
 */
import {
  AGREEMENTS_PANEL,
  DECKS_PANEL,
  edit,
  EVENTS_PANEL,
  META_PANEL,
  PROJECTS_PANEL,
  SECTORS_PANEL,
  type BrokenCase,
} from './broken-corpus-edit';
import { BYTE_CASES } from './broken-corpus-bytes';

const CONTENT_CASES: BrokenCase[] = [
  {
    name: 'missing-required-field',
    what: 'the first event has no "title"',
    file: 'events.json',
    app: EVENTS_PANEL,
    make: (f) => edit(f, 'events.json', (j) => delete j.events[0].title),
  },
  {
    name: 'wrong-type',
    what: 'an agreement\'s "projects" is a string, not a list of ids',
    file: 'agreements.json',
    app: AGREEMENTS_PANEL,
    make: (f) => edit(f, 'agreements.json', (j) => (j.agreements[0].projects = 'rail-link')),
  },
  {
    name: 'unknown-enum-value',
    what: 'a project status "finished" that the schema does not know',
    file: 'projects.json',
    app: PROJECTS_PANEL,
    make: (f) => edit(f, 'projects.json', (j) => (j.projects[1].status = 'finished')),
  },
  {
    name: 'impossible-date',
    what: 'an event on 30 February',
    file: 'events.json',
    app: EVENTS_PANEL,
    make: (f) => edit(f, 'events.json', (j) => (j.events[1].date = '2017-02-30')),
  },
  {
    name: 'end-before-start',
    what: 'an event that ends before it begins',
    file: 'events.json',
    app: EVENTS_PANEL,
    make: (f) => edit(f, 'events.json', (j) => (j.events[0].end = '2016-10-01')),
  },
  {
    name: 'dangling-reference',
    what: 'an agreement names a project that projects.json does not have',
    file: 'agreements.json',
    app: {
      kind: 'shows-missing',
      view: '/agreements/framework-2016',
      text: 'ghost-line (missing from projects.json)',
    },
    make: (f) =>
      edit(f, 'agreements.json', (j) => (j.agreements[0].projects = ['rail-link', 'ghost-line'])),
  },
  {
    name: 'duplicate-id',
    what: 'two events with the same id',
    file: 'events.json',
    app: EVENTS_PANEL,
    make: (f) => edit(f, 'events.json', (j) => (j.events[1].id = j.events[0].id)),
  },
  {
    name: 'parent-loop',
    what: 'a project that is its own grandparent',
    file: 'projects.json',
    app: PROJECTS_PANEL,
    make: (f) => edit(f, 'projects.json', (j) => (j.projects[0].parent = 'rail-link-north')),
  },
  {
    name: 'javascript-url',
    what: 'a source URL with the javascript: scheme',
    file: 'agreements.json',
    app: AGREEMENTS_PANEL,
    make: (f) =>
      edit(
        f,
        'agreements.json',
        (j) => (j.agreements[0].sources[0].url = 'javascript:alert(document.domain)'),
      ),
  },
  {
    name: 'data-url',
    what: 'a source URL with the data: scheme carrying a script',
    file: 'projects.json',
    app: PROJECTS_PANEL,
    make: (f) =>
      edit(
        f,
        'projects.json',
        (j) => (j.projects[0].sources[0].url = 'data:text/html,<script>alert(1)</script>'),
      ),
  },
  {
    name: 'unknown-extra-fields',
    what: 'a misspelt field ("soruces") and a field the schema does not have ("colour")',
    file: 'projects.json',
    app: PROJECTS_PANEL,
    make: (f) =>
      edit(f, 'projects.json', (j) => {
        j.projects[1].soruces = j.projects[1].sources;
        j.projects[1].colour = 'red';
      }),
  },
  {
    name: 'bad-id',
    what: 'a sector id with capitals and a space, which cannot be used in a URL',
    file: 'sectors.json',
    app: SECTORS_PANEL,
    make: (f) => edit(f, 'sectors.json', (j) => (j.sectors[1].id = 'Green Energy')),
  },
  {
    name: 'unknown-deck-view',
    what: 'a presenter slide that opens a view the app does not have',
    file: 'decks.json',
    app: DECKS_PANEL,
    make: (f) => edit(f, 'decks.json', (j) => (j.decks[0].slides[0].view = '/dashboard')),
  },
  {
    name: 'pack-id-mismatch',
    what: "pack.json's id is not its folder's name",
    file: 'pack.json',
    app: META_PANEL,
    make: (f) => edit(f, 'pack.json', (j) => (j.id = 'minimal-copy')),
  },
  {
    name: 'manifest-broken',
    what: 'packs.json lists no pack at all',
    file: 'packs.json',
    app: META_PANEL,
    make: (f) => edit(f, 'packs.json', (j) => (j.packs = [])),
  },
  {
    name: 'manifest-missing-pack',
    what: 'packs.json names a pack "ghost" that has no folder',
    file: 'packs.json',
    app: { kind: 'other-pack', view: '/overview', pack: 'ghost' },
    appLines: [
      'ghost/pack.json › $: file is missing: the server answered 404 Not Found (a file at data/ghost/pack.json)',
    ],
    make: (f) => edit(f, 'packs.json', (j) => j.packs.push({ id: 'ghost', title: 'Ghost pack' })),
  },
];

export const BROKEN_CASES: BrokenCase[] = [...BYTE_CASES, ...CONTENT_CASES];
