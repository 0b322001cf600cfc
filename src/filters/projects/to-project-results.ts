import type { ProjectRecord } from '@/data/schema';
import { PROJECT_FILTER_SPEC } from '@/registry/filter-specs';
import { applyFilters, type FacetCounts } from '../apply-filters';
import { sortOf, type ProjectFilters } from './project-filters';
import { projectIndex } from './project-keys';
import { searchProjects } from './project-search';

export interface ProjectResults {
  /** The matching projects in the chosen order. */
  items: ProjectRecord[];
  /** How many projects the pack has. */
  total: number;
  /** Live facet counts (see FacetCounts). */
  counts: FacetCounts<typeof PROJECT_FILTER_SPEC>;
}

/** The projects that match the filters, sorted, with live facet counts: `(data, filters) → view model`. */
export function toProjectResults(
  projects: readonly ProjectRecord[],
  filters: ProjectFilters,
): ProjectResults {
  const index = projectIndex(projects);
  const found = filters.q ? searchProjects(projects, filters.q) : null;
  const { matches, counts } = applyFilters(PROJECT_FILTER_SPEC, index, filters, found);
  const items: ProjectRecord[] = [];
  for (const i of index.order(sortOf(filters))) if (matches[i] === 1) items.push(projects[i]!);
  return { items, total: projects.length, counts };
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
