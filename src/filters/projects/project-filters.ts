import { PROJECT_FILTER_SPEC } from '@/registry/filter-specs';
import {
  clearedFilters,
  defaultsOf,
  isNarrowed,
  withFilters,
  type FilterState,
  type KnownIds,
} from '../url-state';

/**
 * The Projects filters as they appear in the URL (PROJECT_FILTER_SPEC):
 * `#/projects?sector=automotive,digital&status=operational&country=cn&state=pahang&from=2015&to=2020&q=geely&sort=value`.
 * The project page and the map read the same parameters: the page to step through the reader's
 * selection (previous / next), the map to show it.
 */
export type ProjectFilters = FilterState<typeof PROJECT_FILTER_SPEC>;
export type SortId = Extract<
  (typeof PROJECT_FILTER_SPEC)[number],
  { kind: 'sort' }
>['options'][number];

export const NO_FILTERS: ProjectFilters = defaultsOf(PROJECT_FILTER_SPEC);

export function sortOf(filters: ProjectFilters): SortId {
  return filters.sort as SortId;
}

/** True when anything narrows the list; the sort order alone does not. */
export function isFiltered(filters: ProjectFilters): boolean {
  return isNarrowed(PROJECT_FILTER_SPEC, filters);
}

/** The same filters with every narrowing choice removed; the sort order stays. */
export function cleared(filters: ProjectFilters): ProjectFilters {
  return clearedFilters(PROJECT_FILTER_SPEC, filters);
}

/**
 * The query string that carries a selection from the list (or the map) to a project page and
 * back, keeping the global settings (pack, lang, theme) already in `globalSearch`.
 */
export function selectionQuery(
  globalSearch: string,
  filters: ProjectFilters,
  known: KnownIds = {},
): string {
  return withFilters(globalSearch, filters, PROJECT_FILTER_SPEC, known);
}
