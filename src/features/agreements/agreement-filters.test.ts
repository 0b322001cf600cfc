import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import { defaultsOf, isNarrowed, parseFilters, withFilters } from '@/filters/url-state';
import { knownIdsOf, vocabulariesOf } from '@/filters/vocabularies';
import { t } from '@/i18n/i18n';
import { AGREEMENT_FILTER_SPEC } from '@/registry/filter-specs';
import type { AgreementFilters } from './agreement-filters';

const pack = loadPackFromDisk('data/malaysia-china');
const source = {
  meta: pack['pack.json'],
  sectors: pack['sectors.json'].sectors,
  agreements: pack['agreements.json'].agreements,
};
// Built when first read, after the test setup has loaded the texts every view loads (labels).
let knownIds: ReturnType<typeof knownIdsOf> | undefined;
const known = () =>
  (knownIds ??= knownIdsOf(
    vocabulariesOf(AGREEMENT_FILTER_SPEC, source, { t, lang: 'en', locale: 'en-GB' }),
  ));
const parse = (query: string) =>
  parseFilters(new URLSearchParams(query), AGREEMENT_FILTER_SPEC, known());
const defaults = defaultsOf(AGREEMENT_FILTER_SPEC);
const narrowed = (filters: AgreementFilters) => isNarrowed(AGREEMENT_FILTER_SPEC, filters);

describe('agreement filters in the URL', () => {
  it('knows the types, the sectors of the pack and the party countries of the data', () => {
    expect(known().type).toContain('mou');
    expect(known().sector).toContain('automotive');
    // A sector of sectors.json that no agreement has is still a sector: kept, it matches nothing.
    expect(known().sector).toContain('aerospace');
    expect([...(known().party ?? [])].sort()).toEqual(['cn', 'my']);
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
    expect(withFilters('', defaults, AGREEMENT_FILTER_SPEC)).toBe('');
    expect(withFilters('', { ...defaults, sort: 'date' }, AGREEMENT_FILTER_SPEC)).toBe('');
    const state = { ...defaults, type: ['mou'], from: 2024, q: 'digital economy', sort: 'oldest' };
    const search = withFilters('?pack=malaysia-china', state, AGREEMENT_FILTER_SPEC);
    expect(search).toBe('?pack=malaysia-china&type=mou&from=2024&q=digital+economy&sort=oldest');
    expect(parse(search.slice(1))).toEqual(state);
  });

  it('says when the list is narrowed (sort alone does not narrow it)', () => {
    expect(narrowed(defaults)).toBe(false);
    expect(narrowed({ ...defaults, sort: 'title' })).toBe(false);
    expect(narrowed({ ...defaults, to: 2000 })).toBe(true);
    expect(narrowed({ ...defaults, q: '  ' })).toBe(false);
  });
});
