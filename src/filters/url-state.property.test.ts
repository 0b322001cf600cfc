/**
 * Property-based tests of URL ⇄ filter state with arbitrary and hostile query strings: a URL is
 * typed, pasted, truncated by mail clients and edited by hand, and must never break a view.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LIST_LENGTH, MAX_QUERY_LENGTH, type FilterSpec } from '@/registry/filter-specs';
import {
  paramsOf,
  parseFilters,
  serializeFilters,
  withFilters,
  type FilterState,
} from './url-state';

const spec = [
  { kind: 'facet', param: 'sector', vocabulary: 'sector' },
  // A facet whose vocabulary is not at hand: any short id is kept.
  { kind: 'facet', param: 'status', vocabulary: 'projectStatus' },
  { kind: 'years', from: 'from', to: 'to', means: 'active' },
  { kind: 'search', param: 'q' },
  { kind: 'sort', param: 'sort', options: ['name', 'start', 'value'], default: 'name' },
] as const satisfies FilterSpec;
type State = FilterState<typeof spec>;
const SORT = spec[4];

const SECTORS = ['automotive', 'digital', 'energy', 'transport'];
const known = { sector: SECTORS };
const KEYS = [...paramsOf(spec), 'pack', 'lang', 'theme', 'item', ''];

const parse = (query: string) => parseFilters(new URLSearchParams(query), spec, known);
const serialize = (state: State) => withFilters('', state, spec, known);
/** What the URL keeps of a state: the search is written without surrounding blanks. */
const normal = (state: State): State => ({ ...state, q: state.q.trim() });

const RUNS = { numRuns: 400, seed: 20261128 };

/** Text meant to break things: every code point, lone surrogates and control characters included. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '%E0%A4%A',
    '%%',
    '%zz',
    '%',
    '%00',
    '%C0%AF',
    '%ED%A0%80',
    '\u202Eevil',
    'a\u200Db',
    '\uD83D',
    '\uDE00x',
    ' , ,, ',
    '+',
    '&&==',
    '#frag',
    '?x=1',
    '1e3',
    '0x7E1',
    '２０１７',
    '-2017',
    '2017.0',
  ),
);
const value = fc.oneof(
  anyText,
  fc.constantFrom(...SECTORS, 'atlantis', 'name', 'start', 'value', '2017', '999', '3000', '1000'),
  fc
    .array(fc.constantFrom(...SECTORS, 'atlantis', '', ' energy '), { maxLength: 6 })
    .map((ids) => ids.join(',')),
  // Huge: a pasted essay, or a URL grown by a bug.
  fc.nat({ max: 3 }).map((n) => 'x😀'.repeat(100 * (n + 1))),
);
const pair = fc.tuple(fc.oneof(fc.constantFrom(...KEYS), anyText), value);
/** A query string as it would arrive, with repeated keys, raw or percent-encoded. */
const query = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .tuple(fc.array(pair, { maxLength: 12 }), fc.boolean())
    .map(([pairs, raw]) =>
      pairs.map(([k, v]) => (raw ? `${k}=${v}` : `${safeEncode(k)}=${safeEncode(v)}`)).join('&'),
    ),
);

/** encodeURIComponent refuses lone surrogates; the browser's URL would carry U+FFFD instead. */
function safeEncode(text: string): string {
  return encodeURIComponent(
    text.replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    ),
  );
}

describe('URL ⇄ filter state, with arbitrary input', () => {
  it('parsing never throws and always yields a valid state', () => {
    fc.assert(
      fc.property(query, (q) => {
        const state = parse(q);
        for (const id of state.sector) expect(SECTORS).toContain(id);
        expect(new Set(state.sector).size).toBe(state.sector.length);
        expect(new Set(state.status).size).toBe(state.status.length);
        for (const id of state.status) expect(id).toBe(id.trim());
        expect(state.status.length).toBeLessThanOrEqual(MAX_LIST_LENGTH);
        for (const year of [state.from, state.to]) {
          if (year !== undefined) {
            expect(Number.isInteger(year)).toBe(true);
            expect(year).toBeGreaterThanOrEqual(1000);
            expect(year).toBeLessThanOrEqual(2999);
          }
        }
        expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(SORT.options).toContain(state.sort);
      }),
      RUNS,
    );
  });

  it('serializing a parsed state never throws, even when the search was cut mid-character', () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(() => serialize(parse(q))).not.toThrow();
        expect(() => withFilters(`?${q}`, parse(q), spec, known)).not.toThrow();
      }),
      RUNS,
    );
  });

  it('parse(serialize(parse(x))) is parse(x) as the URL keeps it, and stable from then on', () => {
    fc.assert(
      fc.property(query, (q) => {
        const once = parse(q);
        const twice = parse(serialize(once).slice(1));
        expect(twice).toEqual(normal(once));
        expect(parse(serialize(twice).slice(1))).toEqual(twice);
      }),
      RUNS,
    );
  });

  it('serialized output round-trips exactly', () => {
    fc.assert(
      fc.property(query, (q) => {
        const search = serialize(parse(q));
        expect(serialize(parse(search.slice(1)))).toBe(search);
      }),
      RUNS,
    );
  });

  it('drops every list id the pack does not know', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }), (ids) => {
        const search = `sector=${ids.map(safeEncode).join(',')}`;
        const unknown = ids.filter((id) => !SECTORS.includes(id.trim()));
        for (const id of parse(search).sector) expect(unknown).not.toContain(id);
      }),
      RUNS,
    );
  });

  it('keeps what it writes within the length limits, whatever came in', () => {
    fc.assert(
      fc.property(query, (q) => {
        const written = new URLSearchParams(serialize(parse(q)));
        expect((written.get('q') ?? '').length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        for (const key of ['sector', 'status']) {
          const ids = written.get(key)?.split(',') ?? [];
          expect(ids.length).toBeLessThanOrEqual(MAX_LIST_LENGTH);
          for (const id of ids) expect(id.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        }
        expect(serializeFilters(parse(q), spec).length).toBeLessThanOrEqual(6);
      }),
      RUNS,
    );
  });

  it('keeps parameters that are not its own, whatever they hold', () => {
    fc.assert(
      fc.property(anyText, anyText, (pack, junk) => {
        const search = `?pack=${safeEncode(pack)}&item=${safeEncode(junk)}`;
        const kept = new URLSearchParams(withFilters(search, parse('sort=value'), spec, known));
        expect(kept.get('pack')).toBe(new URLSearchParams(search).get('pack'));
        expect(kept.get('item')).toBe(new URLSearchParams(search).get('item'));
        expect(kept.get('sort')).toBe('value');
      }),
      RUNS,
    );
  });

  it('a 50 KB parameter is parsed quickly and cut to the limit', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `s${i}`).join(',');
    const huge = `q=${'a'.repeat(50_000)}&sector=${'energy,'.repeat(7_000)}&status=${ids}`;
    const started = performance.now();
    const state = parse(huge);
    expect(performance.now() - started).toBeLessThan(200);
    expect(state.q.length).toBe(MAX_QUERY_LENGTH);
    expect(state.sector).toEqual(['energy']);
    expect(state.status.length).toBe(MAX_LIST_LENGTH);
  });

  it('never cuts a search in the middle of a character', () => {
    const search = `q=${encodeURIComponent(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`)}`;
    expect(parse(search).q).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
    expect(serialize(parse(search))).toBe(`?q=${'a'.repeat(MAX_QUERY_LENGTH - 1)}`);
  });
});
