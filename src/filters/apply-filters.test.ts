// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FilterSpec } from '@/registry/filter-specs';
import { applyFilters, yearBounds, yearRange, type ListIndex } from './apply-filters';
import { facetColumn } from './facet-columns';
import { defaultsOf, type FilterState } from './url-state';

/** Any list: records with a colour, some tags and a year (or none). */
const SPEC = [
  { kind: 'facet', param: 'colour', vocabulary: 'sector' },
  { kind: 'facet', param: 'tag', vocabulary: 'place' },
  { kind: 'years', from: 'from', to: 'to', means: 'shown' },
] as const satisfies FilterSpec;

interface Row {
  colour: string;
  tags: string[];
  year?: number;
}
const rows: Row[] = [
  { colour: 'red', tags: ['a', 'b'], year: 2010 },
  { colour: 'red', tags: ['b'], year: 2015 },
  { colour: 'blue', tags: ['a', 'constructor'], year: 2020 },
  { colour: 'green', tags: ['__proto__'] },
];
const years = Float64Array.from(rows, (r) => r.year ?? Number.NaN);
const index: ListIndex<typeof SPEC> = {
  size: rows.length,
  facets: {
    colour: facetColumn(rows, (r) => [r.colour]),
    tag: facetColumn(rows, (r) => r.tags),
  },
  firstYear: years,
  lastYear: years,
};
const run = (
  change: Partial<FilterState<typeof SPEC>>,
  found: ReadonlySet<number> | null = null,
) => {
  const { matches, counts } = applyFilters(SPEC, index, { ...defaultsOf(SPEC), ...change }, found);
  return {
    rows: [...matches.keys()].filter((i) => matches[i] === 1),
    colour: Object.fromEntries(counts.colour),
    tag: Object.fromEntries(counts.tag),
  };
};

describe('the filter engine', () => {
  it('keeps everything and counts every value without filters', () => {
    expect(run({})).toEqual({
      rows: [0, 1, 2, 3],
      colour: { red: 2, blue: 1, green: 1 },
      // A computed key: a literal `__proto__: 1` would set the prototype, not a key.
      tag: { a: 2, b: 2, constructor: 1, ['__proto__']: 1 },
    });
  });

  it('counts a value as if it were chosen in its facet, given the other facets', () => {
    const result = run({ colour: ['red'], tag: ['a'] });
    expect(result.rows).toEqual([0]);
    // Colour counts ignore the colour choice but respect tag=a, and the other way round.
    expect(result.colour).toEqual({ red: 1, blue: 1 });
    expect(result.tag).toEqual({ a: 1, b: 2 });
  });

  it('matches nothing for a chosen id no record has, and still counts the alternatives', () => {
    const result = run({ colour: ['purple'] });
    expect(result.rows).toEqual([]);
    expect(result.colour).toEqual({ red: 2, blue: 1, green: 1 });
    expect(result.tag).toEqual({});
  });

  it('treats ids that name Object.prototype members as plain ids', () => {
    expect(run({ tag: ['__proto__'] }).rows).toEqual([3]);
    expect(run({ tag: ['constructor', 'toString'] }).rows).toEqual([2]);
  });

  it('reads a reversed year range as the years between; undated records only without a range', () => {
    expect(run({ from: 2016, to: 2011 }).rows).toEqual([1]);
    expect(run({ from: 2011, to: 2016 }).rows).toEqual([1]);
    expect(run({ to: 2010 }).rows).toEqual([0]);
    expect(yearRange(2020, 2010)).toEqual([2010, 2020]);
    expect(yearRange(undefined, undefined)).toBeNull();
    expect(yearBounds(index)).toEqual([2010, 2020]);
  });

  it('narrows matches and counts to what the search found', () => {
    expect(run({}, new Set([1, 2]))).toEqual({
      rows: [1, 2],
      colour: { red: 1, blue: 1 },
      tag: { a: 1, b: 1, constructor: 1 },
    });
  });
});
