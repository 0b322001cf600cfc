import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import { defaultsOf, parseFilters, withFilters } from '@/filters/url-state';
import { AGREEMENT_FILTERS, isNarrowed, knownAgreementValues } from './agreement-filters';

const { agreements } = loadPackFromDisk('data/malaysia-china')['agreements.json'];
const known = knownAgreementValues(agreements);
const parse = (query: string) => parseFilters(new URLSearchParams(query), AGREEMENT_FILTERS, known);
const defaults = defaultsOf(AGREEMENT_FILTERS);

describe('agreement filters in the URL', () => {
  it('knows the types, the sectors and the party countries of the data', () => {
    expect(known.type?.has('mou')).toBe(true);
    expect(known.sector?.has('automotive')).toBe(true);
    expect([...(known.party ?? [])].sort()).toEqual(['cn', 'my']);
  });

  it('parses every parameter', () => {
    expect(
      parse('type=mou,protocol&sector=digital&party=cn&from=2017&to=2024&q=geely&sort=title'),
    ).toEqual({
      type: ['mou', 'protocol'],
      sector: ['digital'],
      party: ['cn'],
      from: 2017,
      to: 2024,
      q: 'geely',
      sort: 'title',
    });
  });

  it('ignores unknown and malformed values', () => {
    expect(
      parse('type=mou,alliance&sector=atlantis&party=xx,MY&from=soon&to=20245&sort=best'),
    ).toEqual({ ...defaults, type: ['mou'] });
  });

  it('writes nothing for the defaults, and round-trips a selection', () => {
    expect(withFilters('', defaults, AGREEMENT_FILTERS)).toBe('');
    expect(withFilters('', { ...defaults, sort: 'date' }, AGREEMENT_FILTERS)).toBe('');
    const state = { ...defaults, type: ['mou'], from: 2024, q: 'digital economy', sort: 'oldest' };
    const search = withFilters('?pack=malaysia-china', state, AGREEMENT_FILTERS);
    expect(search).toBe('?pack=malaysia-china&type=mou&from=2024&q=digital+economy&sort=oldest');
    expect(parse(search.slice(1))).toEqual(state);
  });

  it('says when the list is narrowed (sort alone does not narrow it)', () => {
    expect(isNarrowed(defaults)).toBe(false);
    expect(isNarrowed({ ...defaults, sort: 'title' })).toBe(false);
    expect(isNarrowed({ ...defaults, to: 2000 })).toBe(true);
    expect(isNarrowed({ ...defaults, q: '  ' })).toBe(false);
  });
});
