import { describe, expect, it } from 'vitest';
import { parseFilters, withFilters } from '../url-state';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import {
  cleared,
  isFiltered,
  NO_FILTERS,
  PROJECT_FILTERS,
  selectionQuery,
} from './project-filters';
import { knownValues, toFacetOptions } from './to-facet-options';
import { slugOf } from './slug';

const pack = loadPackFromDisk('data/malaysia-china');
const options = toFacetOptions(
  pack['projects.json'].projects,
  pack['sectors.json'].sectors,
  pack['pack.json'],
);
const known = knownValues(options);
const parse = (query: string) => parseFilters(new URLSearchParams(query), PROJECT_FILTERS, known);

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
      state: ['pahang', 'kuala-lumpur'],
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
      sector: ['digital', 'automotive'],
      state: ['johor'],
      country: ['cn'],
      from: 2017,
      q: 'data centre',
      sort: 'start',
    };
    const search = withFilters('', state, PROJECT_FILTERS);
    expect(search).toBe(
      '?sector=digital,automotive&country=cn&state=johor&from=2017&q=data+centre&sort=start',
    );
    expect(parse(search.slice(1))).toEqual(state);
    expect(withFilters('', NO_FILTERS, PROJECT_FILTERS)).toBe('');
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
    expect(options.state.map((o) => o.id)).toContain('kuala-lumpur');
  });

  it('offer Malaysian states first and name the country of the others', () => {
    const labels = options.state.map((o) => o.label);
    expect(labels[0]).toBe('Johor');
    expect(labels).toContain('Guangxi (China)');
    expect(labels.indexOf('Selangor')).toBeLessThan(labels.indexOf('Guangxi (China)'));
  });
});
