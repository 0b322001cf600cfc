import { describe, expect, it } from 'vitest';
import {
  defaultsOf,
  parseFilters,
  serializeFilters,
  withFilters,
  type FilterSpec,
} from './url-state';

const spec = {
  sector: { kind: 'list' },
  from: { kind: 'year' },
  to: { kind: 'year' },
  q: { kind: 'text' },
  sort: { kind: 'choice', options: ['name', 'start', 'value'], default: 'name' },
} as const satisfies FilterSpec;

const known = { sector: new Set(['automotive', 'digital', 'energy']) };
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

  it('merges repeated keys and drops duplicates', () => {
    expect(parse('sector=automotive&sector=digital,automotive').sector).toEqual([
      'automotive',
      'digital',
    ]);
  });

  it('does not write defaults', () => {
    expect(serializeFilters(defaultsOf(spec), spec)).toEqual([]);
    expect(serializeFilters({ ...defaultsOf(spec), sort: 'name', q: '  ' }, spec)).toEqual([]);
  });

  it('round-trips: parse(serialize(state)) = state', () => {
    const state = {
      sector: ['energy', 'automotive'],
      from: 2013,
      to: undefined,
      q: 'kuantan port',
      sort: 'start',
    };
    const search = withFilters('', state, spec);
    expect(search).toBe('?sector=energy,automotive&from=2013&q=kuantan+port&sort=start');
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
});
