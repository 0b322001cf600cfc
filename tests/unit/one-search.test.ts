import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../support/load-pack';
import { AGREEMENT_FILTER_SPEC, PROJECT_FILTER_SPEC } from '@/registry/filter-specs';
import { defaultsOf } from '@/filters/url-state';
import { toProjectResults } from '@/filters/projects/to-project-results';
import { searchTerms } from '@/filters/search-index';
// The Agreements list lives in its feature; its search is this one.
import { indexAgreements, selectAgreements } from '@/features/agreements/to-agreement-list';

const pack = loadPackFromDisk('data/malaysia-china');
const projects = (q: string) =>
  toProjectResults(pack['projects.json'].projects, { ...defaultsOf(PROJECT_FILTER_SPEC), q }).items;
const agreementIndex = indexAgreements(pack['agreements.json'].agreements);
const agreements = (q: string) =>
  selectAgreements(agreementIndex, { ...defaultsOf(AGREEMENT_FILTER_SPEC), q });

describe('one search for every list', () => {
  it('finds a company with one letter wrong among projects and agreements alike', () => {
    for (const typo of ['Gealy', 'Geelu', 'Huawai']) {
      const right = typo === 'Huawai' ? 'Huawei' : 'Geely';
      expect(agreements(typo).length, typo).toBeGreaterThan(0);
      expect(agreements(typo)).toEqual(agreements(right));
    }
    expect(projects('Gealy').map((p) => p.id)).toContain('proton-geely');
    expect(projects('Gealy')).toEqual(projects('Geely'));
  });

  it('ignores case and accents, and reads an apostrophe as part of its word', () => {
    expect(searchTerms('Geély, GEELY People’s')).toEqual(['geely', 'peoples']);
    expect(agreements('COMMUNIQUE').length).toBeGreaterThan(0);
    expect(agreements('communiqué')).toEqual(agreements('Communique'));
  });
});
