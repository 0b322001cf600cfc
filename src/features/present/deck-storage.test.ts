import { describe, expect, it } from 'vitest';
import { textsFor } from '../../../tests/support/texts-for';
import { parseDeckJson, parseStoredDecks, serializeDecks } from './deck-storage';

const { t } = await textsFor('en');

const good = { id: 'my-deck', title: 'My deck', slides: [{ view: '/trade', title: 'Trade' }] };

describe('stored decks', () => {
  it('reads nothing as no decks', () => {
    const none = { decks: [], problems: [], unreadable: [], rejected: [] };
    expect(parseStoredDecks(null, t)).toEqual(none);
    expect(parseStoredDecks('', t)).toEqual(none);
  });

  it('reports a store that is not a JSON list, and keeps its text to set aside', () => {
    for (const raw of ['{not json', '{"decks": []}', '"text"']) {
      const stored = parseStoredDecks(raw, t);
      expect(stored.decks).toEqual([]);
      expect(stored.problems[0]).toMatch(/could not be read/);
      expect(stored.corruptText).toBe(raw);
    }
  });

  it('keeps the good decks, reports each bad entry in words and keeps it for later saves', async () => {
    const bad = { id: 'Bad Id', title: '', slides: [] };
    const raw = JSON.stringify([good, bad, 42, { ...good, title: 'Twin' }]);
    const stored = parseStoredDecks(raw, t);
    expect(stored.decks).toEqual([good]);
    expect(stored.unreadable).toEqual([bad, 42, { ...good, title: 'Twin' }]);
    expect(stored.problems.join('\n')).toContain('saved deck 2 › $.id: "Bad Id" is not a valid id');
    expect(stored.problems.join('\n')).toContain('saved deck 2 › $.slides: too short');
    expect(stored.problems.join('\n')).toContain(
      'saved deck 3 › $: expected an object, got number',
    );
    expect(stored.problems.join('\n')).toContain('saved deck 4 repeats the id "my-deck"');
    // Each can be removed by the reader, named by its place in the store.
    expect(stored.rejected.map((r) => r.n)).toEqual([2, 3, 4]);
    // The store's own problems are in the reader's language; the decks', in data:check's words.
    const malay = parseStoredDecks(raw, (await textsFor('ms')).t);
    expect(malay.problems).toContain(
      'persembahan tersimpan 4 mengulangi ID "my-deck"; ia diketepikan.',
    );
    expect(malay.problems.join('\n')).toContain('saved deck 2 › $.slides: too short');
    // Saving writes the decks and puts the unreadable entries back as they were.
    expect(JSON.parse(serializeDecks(stored.decks, stored.unreadable))).toEqual(JSON.parse(raw));
  });
});

describe('a saved deck with very many problems', () => {
  it('is reported in a few lines, never "Maximum call stack size exceeded"', () => {
    const slide: Record<string, unknown> = { view: '/trade', title: 'T' };
    for (let i = 0; i < 150_000; i += 1) slide[`k${i}`] = 1;
    const stored = parseStoredDecks(
      JSON.stringify([good, { ...good, id: 'x', slides: [slide] }]),
      t,
    );
    expect(stored.decks).toEqual([good]);
    expect(stored.problems[0]).toBe(
      'saved deck 2 › $: 150,000 problems to list them all (a smaller deck)',
    );
    expect(stored.rejected.map((r) => r.n)).toEqual([2]);
  });
});

describe('importing a deck file', () => {
  it('refuses a file too large to be a deck before parsing it', () => {
    const huge = JSON.stringify({ ...good, description: 'x'.repeat(1_000_001) });
    expect(parseDeckJson(huge, 'huge.json', t)).toEqual({
      ok: false,
      problems: ['huge.json is too large to be a deck (over 1 MB).'],
    });
  });

  it('accepts one deck, or a decks.json holding exactly one', () => {
    expect(parseDeckJson(JSON.stringify(good), 'deck.json', t)).toEqual({ ok: true, deck: good });
    expect(parseDeckJson(`\uFEFF${JSON.stringify({ decks: [good] })}`, 'decks.json', t)).toEqual({
      ok: true,
      deck: good,
    });
  });

  it('says in words why a file is not a deck', async () => {
    expect(parseDeckJson('not json', 'notes.txt', t)).toEqual({
      ok: false,
      problems: ['notes.txt is not JSON: it cannot be read as a deck.'],
    });
    expect(parseDeckJson('not json', 'notes.txt', (await textsFor('ms')).t)).toEqual({
      ok: false,
      problems: ['notes.txt bukan JSON: ia tidak dapat dibaca sebagai persembahan.'],
    });
    expect(parseDeckJson(JSON.stringify({ decks: [good, good] }), 'decks.json', t)).toEqual({
      ok: false,
      problems: ['decks.json holds 2 decks; import one deck at a time.'],
    });
    const check = parseDeckJson(
      JSON.stringify({
        id: 'x',
        title: 'X',
        slides: [{ view: 'projects', title: 'P', colour: 1 }],
      }),
      'x.json',
      t,
    );
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems).toEqual([
      'x.json › $.slides[0].view: "projects" is not a view route (a path such as "/overview" or "/projects/ecrl")',
      'x.json › $.slides[0].colour: unknown field "colour" (remove it or check its spelling)',
    ]);
  });
});
