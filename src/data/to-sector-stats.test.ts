import { describe, expect, it } from 'vitest';
import type { ProjectRecord, SectorRecord } from './schema';
import { toSectorCounts, toSectorValues } from './to-sector-stats';
import { loadPackFromDisk } from '../../tests/support/load-pack';

const source = { url: 'https://example.org/a', publisher: 'Example', side: 'my' };
const sector = (id: string): SectorRecord => ({ id, name: id.toUpperCase(), facts: [] });
const project = (
  id: string,
  sectors: string[],
  value?: [number, string],
  extra: Partial<ProjectRecord> = {},
): ProjectRecord => ({
  id,
  name: id,
  summary: id,
  sectors,
  status: 'operational',
  partners: [],
  places: [],
  milestones: [],
  notes: [],
  sources: [source],
  ...(value
    ? { value: { main: { amount: value[0], currency: value[1], sources: [source] } } }
    : {}),
  ...extra,
});

const sectors = [sector('auto'), sector('digital'), sector('energy')];
const projects = [
  project('a', ['auto'], [100, 'MYR']),
  project('b', ['auto', 'digital'], [50, 'MYR']),
  project('c', ['auto'], [7, 'USD']),
  project('a-sub', ['auto'], [30, 'MYR'], { parent: 'a' }),
  project('d', ['digital']),
];

describe('projects per sector', () => {
  it('counts projects and sub-projects per sector, most first, and keeps empty sectors', () => {
    expect(toSectorCounts(sectors, projects)).toEqual([
      { id: 'auto', name: 'AUTO', projects: 4, subProjects: 1, facts: 0 },
      { id: 'digital', name: 'DIGITAL', projects: 2, subProjects: 0, facts: 0 },
      { id: 'energy', name: 'ENERGY', projects: 0, subProjects: 0, facts: 0 },
    ]);
  });
});

describe('value per sector per currency', () => {
  const values = toSectorValues(sectors, projects);

  it('never adds amounts in different currencies: one panel per currency', () => {
    expect(values.panels.map((p) => p.currency)).toEqual(['MYR', 'USD']);
    const myr = values.panels[0]!;
    expect(myr.sectors.map((s) => [s.id, s.amount])).toEqual([
      ['auto', 150],
      ['digital', 50],
    ]);
    expect(values.panels[1]!.sectors.map((s) => [s.id, s.amount])).toEqual([['auto', 7]]);
  });

  it('leaves sub-projects out so that nothing is counted twice', () => {
    const auto = values.panels[0]!.sectors[0]!;
    expect(auto.projects.map((p) => p.id)).toEqual(['a', 'b']);
    expect(values.subProjects).toBe(1);
  });

  it('names the top-level projects without a disclosed value', () => {
    expect(values.withoutValue).toEqual([{ id: 'd', name: 'd' }]);
  });

  it('counts a project in two sectors once per currency panel', () => {
    expect(values.panels[0]!.projectCount).toBe(2);
  });

  it('on the real pack, every bar is the sum of its projects in its own currency', () => {
    const pack = loadPackFromDisk('data/malaysia-china');
    const { projects: all } = pack['projects.json'];
    const real = toSectorValues(pack['sectors.json'].sectors, all);
    for (const panel of real.panels)
      for (const bar of panel.sectors) {
        const expected = all
          .filter((p) => !p.parent && p.sectors.includes(bar.id))
          .filter((p) => p.value?.main.currency === panel.currency)
          .reduce((sum, p) => sum + p.value!.main.amount, 0);
        expect(bar.amount).toBe(expected);
      }
    const counted = new Set(
      real.panels.flatMap((p) => p.sectors.flatMap((s) => s.projects)).map((p) => p.id),
    );
    expect(counted.size + real.withoutValue.length + real.subProjects).toBe(all.length);
  });
});
