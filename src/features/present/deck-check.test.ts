import { describe, expect, it } from 'vitest';
import { MAX_LISTED_PROBLEMS } from '@/data/json-limits';
import { DECK_LIMITS } from '@/data/deck-limits';
import { checkDeck } from './deck-check';

const slide = { view: '/trade', title: 'Trade' };
const deck = { id: 'd', title: 'D', slides: [slide] };

describe('checking a deck from a stranger', () => {
  it('refuses too many slides in one line, before validating any of them', () => {
    const started = performance.now();
    const check = checkDeck({ ...deck, slides: Array(300_000).fill(1) }, 'deck.json');
    expect(performance.now() - started).toBeLessThan(200);
    expect(check).toEqual({
      ok: false,
      problems: [
        `deck.json › $.slides: too long: 300,000 slides (at most ${DECK_LIMITS.slides} slides)`,
      ],
    });
  });

  it('bounds titles, notes, queries and views as data:check does', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    const check = checkDeck(
      {
        ...deck,
        title: { en: long(DECK_LIMITS.titleChars) },
        slides: [
          {
            view: `/${long(DECK_LIMITS.viewChars)}`,
            query: long(DECK_LIMITS.queryChars),
            title: 'T',
            notes: long(DECK_LIMITS.notesChars),
          },
        ],
      },
      'deck.json',
    );
    expect(!check.ok && check.problems).toEqual([
      'deck.json › $.title.en: too long: needs at most 300 characters',
      'deck.json › $.slides[0].view: too long: needs at most 200 characters',
      'deck.json › $.slides[0].query: too long: needs at most 2000 characters',
      'deck.json › $.slides[0].notes: too long: needs at most 5000 characters',
    ]);
  });

  it('checks slide views against the views the app has, worded as data:check', () => {
    const views = ['/nowhere', '/projects/ecrl/more', '/overview/x', '/sectors/'];
    const check = checkDeck({ ...deck, slides: views.map((view) => ({ view, title: 'T' })) }, 'f');
    expect(!check.ok && check.problems.map((p) => p.replace(/ \(one of .*\)$/, ''))).toEqual([
      'f › $.slides[0].view: unknown view "/nowhere"',
      'f › $.slides[1].view: unknown view "/projects/ecrl/more"',
      'f › $.slides[2].view: unknown view "/overview/x"',
      'f › $.slides[3].view: unknown view "/sectors/"',
    ]);
    const known = ['/overview', '/projects/ecrl', '/map', '/agreements/a-1'];
    expect(
      checkDeck({ ...deck, slides: known.map((view) => ({ view, title: 'T' })) }, 'f').ok,
    ).toBe(true);
  });

  it("drops the reader's settings from slide queries", () => {
    const query = 'pack=evil&lang=zh&theme=dark&hide=header&sector=automotive';
    expect(checkDeck({ ...deck, slides: [{ ...slide, query }] }, 'f')).toEqual({
      ok: true,
      deck: { ...deck, slides: [{ ...slide, query: 'sector=automotive' }] },
    });
    expect(checkDeck({ ...deck, slides: [{ ...slide, query: 'pack=evil' }] }, 'f')).toEqual({
      ok: true,
      deck,
    });
  });

  it('sums up a deck with very many problems in one line, before the first ones', () => {
    const title: Record<string, unknown> = { en: 'T' };
    for (let i = 0; i < 150_000; i += 1) title[`k${i}`] = 1;
    const check = checkDeck({ ...deck, title }, 'f');
    const problems = check.ok ? [] : check.problems;
    expect(problems[0]).toBe('f › $: 150,000 problems to list them all (a smaller deck)');
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems[1]).toMatch(/^f › \$\.title\.k0: /);
  });
});
