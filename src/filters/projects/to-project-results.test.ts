import { describe, expect, it } from 'vitest';
import type { ProjectRecord } from '@/data/schema';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import { NO_FILTERS, type ProjectFilters } from './project-filters';
import { spanOf } from './project-keys';
import { toNeighbours, toProjectResults } from './to-project-results';

const { projects } = loadPackFromDisk('data/malaysia-china')['projects.json'];
const run = (filters: Partial<ProjectFilters>, list: readonly ProjectRecord[] = projects) =>
  toProjectResults(list, { ...NO_FILTERS, ...filters });
const ids = (filters: Partial<ProjectFilters>) => run(filters).items.map((p) => p.id);

const source = { url: 'https://example.org/a', publisher: 'Example', side: 'my' as const };
function project(id: string, extra: Partial<ProjectRecord>): ProjectRecord {
  return {
    id,
    name: id,
    summary: id,
    sectors: ['a'],
    status: 'operational',
    partners: [],
    places: [],
    milestones: [],
    notes: [],
    sources: [source],
    ...extra,
  };
}

describe('applying project filters', () => {
  it('returns everything without filters, in name order', () => {
    const result = run({});
    expect(result.items).toHaveLength(projects.length);
    expect(result.total).toBe(projects.length);
    expect(result.items[0]!.id).toBe('ahtv');
  });

  it('combines values of one facet with "or" and facets with "and"', () => {
    expect(ids({ sector: ['automotive'], status: ['operational'] })).toEqual([
      'chery-assembly',
      'eve-energy-kedah',
      'proton-ev-plant',
      'proton-geely',
    ]);
    expect(ids({ status: ['cancelled', 'suspended'] })).toEqual([
      'bandar-malaysia',
      'sabah-gas-pipelines',
    ]);
    expect(ids({ state: ['kuala-lumpur'] })).toEqual(['bandar-malaysia']);
    expect(ids({ state: ['pahang'], sector: ['transport-infrastructure'] })).toEqual([
      'ecrl',
      'kuantan-port',
      'mckilp',
    ]);
  });

  it('counts each value as if it were chosen, given the other facets', () => {
    const list = [
      project('p1', { sectors: ['a', 'b'], status: 'operational' }),
      project('p2', { sectors: ['a'], status: 'planned' }),
      project('p3', { sectors: ['b'], status: 'operational' }),
      project('p4', { sectors: ['c'], status: 'cancelled' }),
    ];
    const none = run({}, list).counts;
    expect(Object.fromEntries(none.sector)).toEqual({ a: 2, b: 2, c: 1 });
    expect(Object.fromEntries(none.status)).toEqual({ operational: 2, planned: 1, cancelled: 1 });

    const chosen = run({ sector: ['a'], status: ['operational'] }, list);
    expect(chosen.items.map((p) => p.id)).toEqual(['p1']);
    // Sector counts ignore the sector choice but respect the status choice, and vice versa.
    expect(Object.fromEntries(chosen.counts.sector)).toEqual({ a: 1, b: 2 });
    expect(Object.fromEntries(chosen.counts.status)).toEqual({ operational: 1, planned: 1 });
  });

  it('counts the real pack as the cards will show', () => {
    const { counts, items } = run({ sector: ['automotive'] });
    expect(items).toHaveLength(6);
    expect(counts.sector.get('automotive')).toBe(6);
    expect(counts.status.get('operational')).toBe(4);
    expect(counts.sector.get('digital')).toBe(4);
  });

  it('keeps projects whose years overlap the range; no dates means out only when a range is set', () => {
    const list = [
      project('old', { start: '2010', end: '2012' }),
      project('running', { start: '2015-06' }),
      project('stopped', {
        start: '2011',
        status: 'cancelled',
        milestones: [{ date: '2013-05', label: 'x', sources: [source] }],
      }),
      project('undated', {}),
    ];
    const at = (from?: number, to?: number) => run({ from, to }, list).items.map((p) => p.id);
    expect(at()).toEqual(['old', 'running', 'stopped', 'undated']);
    expect(at(2012, 2012)).toEqual(['old', 'stopped']);
    expect(at(2014)).toEqual(['running']);
    expect(at(undefined, 2010)).toEqual(['old']);
    // A reversed range is read the right way round.
    expect(at(2013, 2011)).toEqual(['old', 'stopped']);
    expect(spanOf(list[1]!)).toEqual([2015, Number.POSITIVE_INFINITY]);
    expect(spanOf(list[3]!)).toBeNull();
  });
});

describe('a chosen value that no project has', () => {
  it('matches nothing, as chosen, and still counts the other values', () => {
    const result = run({ sector: ['aerospace'] });
    expect(result.items).toEqual([]);
    expect(result.total).toBe(projects.length);
    expect(result.counts.sector.get('aerospace')).toBeUndefined();
    // Ticking another sector as well would show its projects.
    expect(result.counts.sector.get('automotive')).toBe(6);
    expect(result.counts.status.size).toBe(0);
  });

  it('counts ids that are names an object already has, without touching Object.prototype', () => {
    const odd = ['constructor', '__proto__', 'toString'];
    const list = [project('p1', { sectors: odd }), project('p2', { sectors: ['constructor'] })];
    const { counts, items } = run({ sector: ['__proto__'] }, list);
    expect(items.map((p) => p.id)).toEqual(['p1']);
    expect(odd.map((id) => counts.sector.get(id))).toEqual([2, 1, 1]);
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString);
  });
});

describe('searching projects', () => {
  it('ignores case: "proton" finds Proton, "Kuantan" and "kuantan" agree', () => {
    expect(ids({ q: 'proton' })).toEqual(
      expect.arrayContaining(['proton-geely', 'proton-ev-plant', 'ahtv']),
    );
    const upper = ids({ q: 'Kuantan' });
    expect(upper).toEqual(ids({ q: 'kuantan' }));
    expect(upper).toEqual(expect.arrayContaining(['ecrl', 'kuantan-port', 'mckip', 'mckilp']));
  });

  it('ignores accents: "Geély" finds Geely', () => {
    expect(ids({ q: 'Geély' })).toEqual(ids({ q: 'geely' }));
    expect(ids({ q: 'Geély' })).toContain('proton-geely');
  });

  it('searches partners and places, by prefix, every word required', () => {
    expect(ids({ q: 'Alibaba' })).toEqual(['dftz']);
    expect(ids({ q: 'sepang' })).toEqual(['dftz', 'littoral-mission-ships']); // Sepang, Sepanggar
    expect(ids({ q: 'Guangxi' })).toEqual(expect.arrayContaining(['cmqip']));
    expect(ids({ q: 'bytedan' })).toEqual(['bytedance-data-centres']);
    expect(ids({ q: 'kuantan port' })).toContain('kuantan-port');
    expect(ids({ q: 'kuantan port' })).not.toContain('mckip');
  });

  it('forgives a slip in longer words and finds nothing for nonsense', () => {
    expect(ids({ q: 'Protn' })).toContain('proton-geely');
    expect(ids({ q: 'zzqxw' })).toEqual([]);
    // Punctuation alone is not a search.
    expect(ids({ q: '–' })).toHaveLength(projects.length);
  });

  it('narrows the facet counts too', () => {
    expect(run({ q: 'geely' }).counts.sector.get('property')).toBeUndefined();
  });
});

describe('sorting projects', () => {
  it('by start year, projects without a start last', () => {
    const sorted = run({ sort: 'start' }).items;
    expect(sorted[0]!.id).toBe('petronas-shanghai-lng');
    expect(sorted.slice(-3).every((p) => p.start === undefined)).toBe(true);
  });

  it('by value: grouped by currency, largest first, never comparing currencies', () => {
    const sorted = run({ sort: 'value' }).items.filter((p) => p.value);
    const currencies = sorted.map((p) => p.value!.main.currency);
    expect(currencies).toEqual([...currencies].sort());
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!.value!.main, sorted[i]!.value!.main];
      if (a.currency === b.currency) expect(a.amount).toBeGreaterThanOrEqual(b.amount);
    }
    expect(sorted[0]!.id).toBe('bandar-malaysia');
    expect(run({ sort: 'value' }).items.at(-1)!.value).toBeUndefined();
  });
});

describe('previous and next within a selection', () => {
  const items = run({ sector: ['automotive'], status: ['operational'] }).items;

  it('gives the position and both neighbours', () => {
    expect(toNeighbours(items, 'proton-ev-plant')).toMatchObject({
      position: 3,
      total: 4,
      previous: { id: 'eve-energy-kedah' },
      next: { id: 'proton-geely' },
    });
  });

  it('has no previous at the start, no next at the end, nothing outside the selection', () => {
    expect(toNeighbours(items, 'chery-assembly')!.previous).toBeUndefined();
    expect(toNeighbours(items, 'proton-geely')!.next).toBeUndefined();
    expect(toNeighbours(items, 'ecrl')).toBeNull();
  });
});
