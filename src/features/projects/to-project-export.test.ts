import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import type { ProjectFilters } from '@/filters/projects/project-filters';
import { toProjectResults } from '@/filters/projects/to-project-results';
import { defaultsOf } from '@/filters/url-state';
import { textOf } from '@/lib/text';
import { PROJECT_FILTER_SPEC } from '@/registry/filter-specs';
import { toProjectExport } from './to-project-export';

const pack = loadPackFromDisk('data/malaysia-china');
const projects = pack['projects.json'].projects;
const sectorNames = Object.fromEntries(
  pack['sectors.json'].sectors.map((s) => [s.id, textOf(s.name)]),
);
const filters = (change: Partial<ProjectFilters>) =>
  ({ ...defaultsOf(PROJECT_FILTER_SPEC), ...change }) as ProjectFilters;

describe('project export', () => {
  it('has the filtered projects in the order shown, with their sources', () => {
    const shown = toProjectResults(
      projects,
      filters({ sector: ['automotive'], sort: 'value' }),
    ).items;
    const items = toProjectExport(shown, sectorNames);
    expect(items.map((i) => i.fields.id)).toEqual(shown.map((p) => p.id));
    expect(items.length).toBeGreaterThan(1);
    expect(items.length).toBeLessThan(projects.length);
    for (const item of items) {
      expect(String(item.fields.sectors)).toContain(sectorNames.automotive);
      expect(item.sources.length).toBeGreaterThan(0);
      expect(new Set(item.sources.map((s) => s.url)).size).toBe(item.sources.length);
    }
  });

  it('writes a missing value as empty, not zero', () => {
    const noValue = projects.find((p) => !p.value)!;
    const [item] = toProjectExport([noValue], sectorNames);
    expect(item!.fields.value).toBeNull();
    expect(item!.fields.currency).toBeNull();
  });
});
