import { describe, expect, it } from 'vitest';
import { t } from '@/i18n/i18n';
import { PROJECT_FILTER_SPEC } from '@/registry/filter-specs';
import { parseFilters, withFilters } from '../url-state';
import { knownIdsOf, vocabulariesOf } from '../vocabularies';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import { cleared, isFiltered, NO_FILTERS, selectionQuery } from './project-filters';
import { slugOf } from './slug';

const pack = loadPackFromDisk('data/malaysia-china');
// Built when first read, after the test setup has loaded the filter kit's texts.
const vocabularies = () =>
  vocabulariesOf(
    PROJECT_FILTER_SPEC,
    {
      meta: pack['pack.json'],
      sectors: pack['sectors.json'].sectors,
      projects: pack['projects.json'].projects,
    },
    { t, lang: 'en', locale: 'en-GB' },
  );
const parse = (query: string) =>
  parseFilters(new URLSearchParams(query), PROJECT_FILTER_SPEC, knownIdsOf(vocabularies()));

describe('project filters in the URL', () => {
  it('reads the example link of the issue', () => {
    expect(parse('sector=automotive&status=operational&q=geely')).toEqual({
      ...NO_FILTERS,
      sector: ['automotive'],
      status: ['operational'],
      q: 'geely',
    });
  });

  it('reads every parameter', () => {
    expect(
      parse(
        'sector=automotive,digital&status=operational&country=cn&state=pahang,kuala-lumpur&from=2015&to=2020&q=port&sort=value',
      ),
    ).toEqual({
      sector: ['automotive', 'digital'],
      status: ['operational'],
      country: ['cn'],
      // In the places' one order, not the URL's.
      state: ['kuala-lumpur', 'pahang'],
      from: 2015,
      to: 2020,
      q: 'port',
      sort: 'value',
    });
  });

  it('ignores unknown and malformed values', () => {
    expect(
      parse(
        'sector=automotive,atlantis&status=flying&country=zz&state=Pahang,narnia&from=15&to=two&sort=colour',
      ),
    ).toEqual({ ...NO_FILTERS, sector: ['automotive'] });
  });

  it('round-trips: parse(serialize(state)) = state, defaults not written', () => {
    const state = {
      ...NO_FILTERS,
      sector: ['automotive', 'digital'],
      state: ['johor'],
      country: ['cn'],
      from: 2017,
      q: 'data centre',
      sort: 'start',
    };
    const search = withFilters('', state, PROJECT_FILTER_SPEC, knownIdsOf(vocabularies()));
    expect(search).toBe(
      '?sector=automotive,digital&country=cn&state=johor&from=2017&q=data+centre&sort=start',
    );
    expect(parse(search.slice(1))).toEqual(state);
    expect(withFilters('', NO_FILTERS, PROJECT_FILTER_SPEC)).toBe('');
  });

  it('writes sectors in the order of sectors.json, however they were ticked', () => {
    const ticked = { ...NO_FILTERS, sector: ['digital', 'automotive'] };
    expect(withFilters('', ticked, PROJECT_FILTER_SPEC, knownIdsOf(vocabularies()))).toBe(
      '?sector=automotive,digital',
    );
    expect(parse('sector=digital,automotive').sector).toEqual(['automotive', 'digital']);
  });

  it('keeps a sector of the pack that no project has (it then matches nothing)', () => {
    expect(parse('sector=aerospace').sector).toEqual(['aerospace']);
    expect(pack['projects.json'].projects.some((p) => p.sectors.includes('aerospace'))).toBe(false);
  });

  it('carries a selection with the global settings and clears it without losing the sort', () => {
    const state = { ...NO_FILTERS, status: ['cancelled'], sort: 'value' };
    expect(selectionQuery('?pack=malaysia-china', state)).toBe(
      '?pack=malaysia-china&status=cancelled&sort=value',
    );
    expect(isFiltered(state)).toBe(true);
    expect(cleared(state)).toEqual({ ...NO_FILTERS, sort: 'value' });
    expect(isFiltered(cleared(state))).toBe(false);
  });
});

describe('state ids', () => {
  it('are slugs of the state name', () => {
    expect(slugOf('Kuala Lumpur')).toBe('kuala-lumpur');
    expect(slugOf('Pahang')).toBe('pahang');
    expect(slugOf('  Négeri Sembilan ')).toBe('negeri-sembilan');
    expect(slugOf('广西')).toBe('广西');
    expect(vocabularies().state!.map((o) => o.id)).toContain('kuala-lumpur');
  });

  it('offer Malaysian states first and name the country of the others', () => {
    const labels = vocabularies().state!.map((o) => o.label);
    expect(labels[0]).toBe('Johor');
    expect(labels).toContain('Guangxi (China)');
    expect(labels.indexOf('Selangor')).toBeLessThan(labels.indexOf('Guangxi (China)'));
  });
});
