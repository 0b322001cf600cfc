import { describe, expect, it } from 'vitest';
import { defaultsOf, parseFilters, withFilters } from '@/filters/url-state';
import { ITEM_KINDS, TIMELINE_FILTER_SPEC } from '@/registry/filter-specs';
import { effectiveRange, parseItemParam, rangeToFilters } from './timeline-filters';

const TIMELINE_SPEC = TIMELINE_FILTER_SPEC;
const known = { kind: ITEM_KINDS, sector: ['automotive', 'digital'] };
const parse = (query: string) => parseFilters(new URLSearchParams(query), TIMELINE_SPEC, known);

describe('timeline URL state', () => {
  it('parses kind, sector, years and the opened item', () => {
    expect(parse('kind=agreement,milestone&sector=digital&from=2017&to=2019&item=event:x')).toEqual(
      {
        kind: ['agreement', 'milestone'],
        sector: ['digital'],
        from: 2017,
        to: 2019,
        item: 'event:x',
      },
    );
  });

  it('ignores unknown kinds and sectors and malformed years', () => {
    expect(parse('kind=agreement,treaty&sector=atlantis&from=20x7&to=')).toEqual({
      ...defaultsOf(TIMELINE_SPEC),
      kind: ['agreement'],
    });
  });

  it('round-trips: serialize then parse gives the same state, defaults not written', () => {
    const state = { ...defaultsOf(TIMELINE_SPEC), kind: ['agreement'], from: 2024 };
    const search = withFilters('?pack=malaysia-china', state, TIMELINE_SPEC);
    expect(search).toBe('?pack=malaysia-china&kind=agreement&from=2024');
    expect(parse(search)).toEqual(state);
    expect(withFilters('', defaultsOf(TIMELINE_SPEC), TIMELINE_SPEC)).toBe('');
  });
});

describe('year range', () => {
  const extent = { from: 1974, to: 2028 };

  it('falls back to the data’s years and reads a reversed pair the right way round', () => {
    expect(effectiveRange({ from: undefined, to: undefined }, extent)).toEqual(extent);
    expect(effectiveRange({ from: 2017, to: undefined }, extent)).toEqual({ from: 2017, to: 2028 });
    expect(effectiveRange({ from: 2024, to: 2019 }, extent)).toEqual({ from: 2019, to: 2024 });
  });

  it('leaves the data’s own ends out of the URL', () => {
    expect(rangeToFilters({ from: 1974, to: 2028 }, extent)).toEqual({
      from: undefined,
      to: undefined,
    });
    expect(rangeToFilters({ from: 2017, to: 2028 }, extent)).toEqual({
      from: 2017,
      to: undefined,
    });
  });
});

describe('item parameter', () => {
  it('reads kind and id, and nothing else', () => {
    expect(parseItemParam('event:ecrl-revived-2019')).toEqual({
      kind: 'event',
      id: 'ecrl-revived-2019',
    });
    expect(parseItemParam('milestone:ecrl:3')).toEqual({ kind: 'milestone', id: 'ecrl:3' });
    expect(parseItemParam('person:x')).toBeNull();
    expect(parseItemParam('event:<script>')).toBeNull();
    expect(parseItemParam('')).toBeNull();
  });
});
