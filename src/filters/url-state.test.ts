import { describe, expect, it } from 'vitest';
import type { FilterSpec } from '@/registry/filter-specs';
import {
  clearedFilters,
  defaultsOf,
  isNarrowed,
  parseFilters,
  serializeFilters,
  withFilters,
} from './url-state';

const spec = [
  { kind: 'facet', param: 'sector', vocabulary: 'sector' },
  { kind: 'years', from: 'from', to: 'to', means: 'active' },
  { kind: 'search', param: 'q' },
  { kind: 'sort', param: 'sort', options: ['name', 'start', 'value'], default: 'name' },
] as const satisfies FilterSpec;

/** The sectors in their one order; "aerospace" is known though no record may have it. */
const known = { sector: ['automotive', 'aerospace', 'digital', 'energy', 'constructor'] };
const parse = (query: string) => parseFilters(new URLSearchParams(query), spec, known);

describe('filter URL state', () => {
  it('parses lists, years, text and choices', () => {
    expect(parse('sector=automotive,digital&from=2017&to=2025&q=geely&sort=value')).toEqual({
      sector: ['automotive', 'digital'],
      from: 2017,
      to: 2025,
      q: 'geely',
      sort: 'value',
    });
  });

  it('ignores unknown and malformed values instead of failing', () => {
    expect(parse('sector=automotive,atlantis,,&from=20x7&to=99999&sort=colour')).toEqual({
      ...defaultsOf(spec),
      sector: ['automotive'],
    });
    expect(parse('from=%E0%A4%A')).toEqual(defaultsOf(spec));
  });

  it('keeps a known id however few records have it, and only own ids of the vocabulary', () => {
    expect(parse('sector=aerospace').sector).toEqual(['aerospace']);
    expect(parse('sector=constructor,__proto__,toString,hasOwnProperty').sector).toEqual([
      'constructor',
    ]);
  });

  it('merges repeated keys and drops duplicates', () => {
    expect(parse('sector=automotive&sector=digital,automotive').sector).toEqual([
      'automotive',
      'digital',
    ]);
  });

  it('puts a facet’s ids in its one order, whatever order they came in', () => {
    expect(parse('sector=energy,automotive,digital').sector).toEqual([
      'automotive',
      'digital',
      'energy',
    ]);
    const state = { ...defaultsOf(spec), sector: ['energy', 'automotive'] };
    expect(withFilters('', state, spec, known)).toBe('?sector=automotive,energy');
  });

  it('does not write defaults', () => {
    expect(serializeFilters(defaultsOf(spec), spec)).toEqual([]);
    expect(serializeFilters({ ...defaultsOf(spec), sort: 'name', q: '  ' }, spec)).toEqual([]);
  });

  it('round-trips: parse(serialize(state)) = state', () => {
    const state = {
      sector: ['automotive', 'energy'],
      from: 2013,
      to: undefined,
      q: 'kuantan port',
      sort: 'start',
    };
    const search = withFilters('', state, spec, known);
    expect(search).toBe('?sector=automotive,energy&from=2013&q=kuantan+port&sort=start');
    expect(parse(search.slice(1))).toEqual(state);
  });

  it('keeps parameters that are not its own', () => {
    expect(
      withFilters(
        '?pack=malaysia-china&sector=digital&theme=dark',
        { ...defaultsOf(spec), q: 'ecrl' },
        spec,
      ),
    ).toBe('?pack=malaysia-china&theme=dark&q=ecrl');
  });

  it('says whether anything narrows, and clears it all but the sort', () => {
    const state = { ...parse('sector=digital&to=2020&q=x&sort=value') };
    expect(isNarrowed(spec, state)).toBe(true);
    expect(clearedFilters(spec, state)).toEqual({ ...defaultsOf(spec), sort: 'value' });
    expect(isNarrowed(spec, clearedFilters(spec, state))).toBe(false);
    expect(isNarrowed(spec, { ...defaultsOf(spec), q: '  ' })).toBe(false);
  });
});
