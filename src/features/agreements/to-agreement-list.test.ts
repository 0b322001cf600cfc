import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import type { AgreementRecord } from '@/data/schema';
import { defaultsOf } from '@/filters/url-state';
import { AGREEMENT_FILTER_SPEC } from '@/registry/filter-specs';
import type { AgreementFilters } from './agreement-filters';
import {
  countFacets,
  indexAgreements,
  positionIn,
  selectAgreements,
  toAgreementList,
} from './to-agreement-list';

const defaults = defaultsOf(AGREEMENT_FILTER_SPEC);
const f = (change: Partial<AgreementFilters>): AgreementFilters => ({ ...defaults, ...change });

function agreement(
  id: string,
  date: string,
  extra: Partial<AgreementRecord> = {},
): AgreementRecord {
  return {
    id,
    date,
    title: id,
    type: 'mou',
    parties: [{ name: 'Government of Malaysia', country: 'my' }],
    subject: `About ${id}`,
    sectors: [],
    projects: [],
    notes: [],
    sources: [{ url: 'https://example.org/', publisher: 'Example', side: 'my' }],
    ...extra,
  };
}

// A package of three documents, one document of which is a protocol, and three loose records.
const records = [
  agreement('pkg', '2024-06-19', { type: 'other', sectors: ['digital'] }),
  agreement('pkg-a', '2024-06-19', { parent: 'pkg', sectors: ['digital'] }),
  agreement('pkg-b', '2024-06-19', { parent: 'pkg', type: 'protocol' }),
  agreement('pkg-c', '2024-06-19', { parent: 'pkg', sectors: ['digital', 'energy'] }),
  agreement('year-only', '2017', {
    type: 'protocol',
    parties: [{ name: 'Geely', country: 'cn' }, { name: 'ASEAN' }],
  }),
  agreement('month', '2017-06', { title: 'Alpha', sectors: ['energy'] }),
  agreement('old', '1974-05-31', { type: 'joint-communique', title: 'Communiqué' }),
];
const index = indexAgreements(records);
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('selecting agreements', () => {
  it('keeps everything without filters', () => {
    expect(selectAgreements(index, defaults)).toHaveLength(records.length);
  });

  it('ORs values within a facet and ANDs facets', () => {
    expect(ids(selectAgreements(index, f({ type: ['protocol', 'joint-communique'] })))).toEqual([
      'pkg-b',
      'year-only',
      'old',
    ]);
    expect(ids(selectAgreements(index, f({ type: ['mou'], sector: ['energy'] })))).toEqual([
      'pkg-c',
      'month',
    ]);
    expect(ids(selectAgreements(index, f({ party: ['cn'] })))).toEqual(['year-only']);
  });

  it('treats a year-only date as the whole year', () => {
    expect(ids(selectAgreements(index, f({ from: 2017, to: 2017 })))).toEqual([
      'year-only',
      'month',
    ]);
    expect(ids(selectAgreements(index, f({ to: 2016 })))).toEqual(['old']);
    expect(ids(selectAgreements(index, f({ from: 2018 })))).toEqual([
      'pkg',
      'pkg-a',
      'pkg-b',
      'pkg-c',
    ]);
  });

  it('reads a reversed year range as the years between', () => {
    expect(selectAgreements(index, f({ from: 2017, to: 1970 }))).toEqual(
      selectAgreements(index, f({ from: 1970, to: 2017 })),
    );
  });

  it('searches title, subject and party names', () => {
    expect(ids(selectAgreements(index, f({ q: 'communique' })))).toEqual(['old']);
    expect(ids(selectAgreements(index, f({ q: 'about MONTH' })))).toEqual(['month']);
    expect(ids(selectAgreements(index, f({ q: 'geely' })))).toEqual(['year-only']);
  });
});

describe('facet counts', () => {
  it('count each record once per value, ignoring the facet’s own choice', () => {
    const counts = countFacets(index, f({ type: ['protocol'] }));
    // The type facet ignores type=protocol: all seven records are counted.
    expect(Object.fromEntries(counts.type)).toEqual({
      other: 1,
      mou: 3,
      protocol: 2,
      'joint-communique': 1,
    });
    // Other facets count only the protocols.
    expect(Object.fromEntries(counts.party)).toEqual({ my: 1, cn: 1 });
    expect(counts.sector.size).toBe(0);
  });

  it('narrow with the search and the year range', () => {
    const counts = countFacets(index, f({ from: 2024 }));
    expect(Object.fromEntries(counts.sector)).toEqual({ digital: 3, energy: 1 });
    expect(Object.fromEntries(countFacets(index, f({ q: 'nothing-like-this' })).type)).toEqual({});
  });
});

describe('the list as read', () => {
  it('sorts newest first by default, nesting a package’s matching documents', () => {
    const list = toAgreementList(index, defaults);
    expect(list.rows.map((r) => r.record.id)).toEqual(['pkg', 'month', 'year-only', 'old']);
    expect(ids(list.rows[0]!.documents)).toEqual(['pkg-a', 'pkg-b', 'pkg-c']);
    expect(list.rows[0]!.documentTotal).toBe(3);
    expect(list.order).toEqual(['pkg', 'pkg-a', 'pkg-b', 'pkg-c', 'month', 'year-only', 'old']);
    expect(list.matched).toBe(7);
    expect(list.total).toBe(7);
  });

  it('sorts oldest first and by title', () => {
    expect(toAgreementList(index, f({ sort: 'oldest' })).rows.map((r) => r.record.id)).toEqual([
      'old',
      'year-only',
      'month',
      'pkg',
    ]);
    expect(toAgreementList(index, f({ sort: 'title' })).rows.map((r) => r.record.id)).toEqual([
      'month', // "Alpha"
      'old', // "Communiqué"
      'pkg',
      'year-only',
    ]);
  });

  it('shows a matching document on its own line, with its package, when the package does not match', () => {
    const list = toAgreementList(index, f({ type: ['protocol'] }));
    expect(list.rows.map((r) => [r.record.id, r.partOf?.id])).toEqual([
      ['pkg-b', 'pkg'],
      ['year-only', undefined],
    ]);
    expect(list.matched).toBe(2);
  });

  it('counts each record once when a package and some documents match', () => {
    const list = toAgreementList(index, f({ sector: ['digital'] }));
    expect(list.matched).toBe(3);
    expect(list.rows).toHaveLength(1);
    expect(ids(list.rows[0]!.documents)).toEqual(['pkg-a', 'pkg-c']);
    expect(list.rows[0]!.documentTotal).toBe(3);
    expect(list.order).toEqual(['pkg', 'pkg-a', 'pkg-c']);
  });
});

describe('position in the selection', () => {
  it('gives "n of m" with previous and next', () => {
    expect(positionIn(['a', 'b', 'c'], 'b')).toEqual({
      position: 2,
      count: 3,
      previous: 'a',
      next: 'c',
    });
    expect(positionIn(['a', 'b'], 'a')).toMatchObject({ previous: undefined, next: 'b' });
    expect(positionIn(['a'], 'z')).toBeNull();
  });
});

describe('the Malaysia–China pack', () => {
  const { agreements } = loadPackFromDisk('data/malaysia-china')['agreements.json'];
  const real = indexAgreements(agreements);

  it('finds the 12 MoUs from 2024 on, and keeps the count on a reload-equivalent re-run', () => {
    const filters = f({ type: ['mou'], from: 2024 });
    const list = toAgreementList(real, filters);
    expect(list.matched).toBe(12);
    expect(list.total).toBe(agreements.length);
    expect(list.order).toHaveLength(12);
    expect(toAgreementList(real, filters)).toEqual(list);
    // The MoUs of the two visit packages show with their package named.
    expect(list.rows.filter((r) => r.partOf).length).toBe(10);
  });

  it('lists every record exactly once without filters', () => {
    const list = toAgreementList(real, defaults);
    expect(new Set(list.order).size).toBe(agreements.length);
    expect(list.order).toHaveLength(agreements.length);
  });

  it('finds accented and apostrophe spellings', () => {
    expect(selectAgreements(real, f({ q: 'communique' })).length).toBeGreaterThan(0);
    expect(selectAgreements(real, f({ q: 'peoples republic' })).length).toBeGreaterThan(0);
  });
});
