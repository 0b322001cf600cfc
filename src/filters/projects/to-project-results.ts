import type { ProjectRecord } from '@/data/schema';
import { FACET_KEYS, sortOf, type FacetKey, type ProjectFilters } from './project-filters';
import { projectIndex } from './project-keys';
import { searchProjects } from './project-search';

export type FacetCounts = Record<FacetKey, ReadonlyMap<string, number>>;

export interface ProjectResults {
  /** The matching projects in the chosen order. */
  items: ProjectRecord[];
  /** How many projects the pack has. */
  total: number;
  /**
   * For each facet value, how many projects would match with that value chosen in its facet,
   * given every other active filter (values in one facet combine with "or", facets with "and").
   */
  counts: FacetCounts;
}

/** The year range as given, or swapped when `from` is after `to` (a forgiving reading of the URL). */
function yearRange(filters: ProjectFilters): [number, number] | null {
  const { from, to } = filters;
  if (from === undefined && to === undefined) return null;
  const low = from ?? Number.NEGATIVE_INFINITY;
  const high = to ?? Number.POSITIVE_INFINITY;
  return low <= high ? [low, high] : [high, low];
}

/** The projects that match the filters, sorted, with live facet counts: `(data, filters) → view model`. */
export function toProjectResults(
  projects: readonly ProjectRecord[],
  filters: ProjectFilters,
): ProjectResults {
  const { facets, spanStart, spanEnd, order } = projectIndex(projects);
  const found = filters.q ? searchProjects(projects, filters.q) : null;
  const range = yearRange(filters);
  const columns = FACET_KEYS.map((facet) => facets[facet]);
  // Per facet: which value codes are chosen (none chosen = the facet does not filter).
  const wanted = FACET_KEYS.map((facet, f) => {
    const codes = filters[facet]
      .map((id) => columns[f]!.codes.get(id))
      .filter((c) => c !== undefined);
    if (codes.length === 0) return null;
    const set = new Uint8Array(columns[f]!.ids.length);
    for (const code of codes) set[code] = 1;
    return set;
  });
  const tallies = columns.map((column) => new Uint32Array(column.ids.length));
  const matches = new Uint8Array(projects.length);

  for (let i = 0; i < projects.length; i++) {
    if (found && !found.has(i)) continue;
    if (range && !(spanStart[i]! <= range[1] && spanEnd[i]! >= range[0])) continue;
    // Which facets this project fails; with one failure it still counts for that facet's values.
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < columns.length && failures < 2; f++) {
      const set = wanted[f];
      if (!set) continue;
      const { offsets, values } = columns[f]!;
      let hit = false;
      for (let k = offsets[i]!; k < offsets[i + 1]! && !hit; k++) hit = set[values[k]!] === 1;
      if (!hit) {
        failed = f;
        failures++;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) matches[i] = 1;
    for (let f = 0; f < columns.length; f++) {
      if (failures === 1 && f !== failed) continue;
      const { offsets, values } = columns[f]!;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) tallies[f]![values[k]!]!++;
    }
  }

  const items: ProjectRecord[] = [];
  for (const i of order(sortOf(filters))) if (matches[i] === 1) items.push(projects[i]!);
  const countsOf = (f: number) => {
    const counts = new Map<string, number>();
    columns[f]!.ids.forEach((id, code) => {
      if (tallies[f]![code]) counts.set(id, tallies[f]![code]!);
    });
    return counts;
  };
  return {
    items,
    total: projects.length,
    counts: { sector: countsOf(0), status: countsOf(1), country: countsOf(2), state: countsOf(3) },
  };
}

/** Where a project sits in the reader's selection, and its neighbours. Null when it is not in it. */
export function toNeighbours(
  items: readonly ProjectRecord[],
  id: string,
): { position: number; total: number; previous?: ProjectRecord; next?: ProjectRecord } | null {
  const at = items.findIndex((p) => p.id === id);
  if (at < 0) return null;
  return { position: at + 1, total: items.length, previous: items[at - 1], next: items[at + 1] };
}
