import {
  defaultsOf,
  isDefault,
  withFilters,
  type FilterSpec,
  type FilterState,
} from '../url-state';

/**
 * The Projects filters as they appear in the URL:
 * `#/projects?sector=automotive,digital&status=operational&country=cn&state=pahang&from=2015&to=2020&q=geely&sort=value`.
 * The project page reads the same parameters to know the reader's selection (previous / next).
 */
export const PROJECT_FILTERS = {
  sector: { kind: 'list' },
  status: { kind: 'list' },
  country: { kind: 'list' },
  state: { kind: 'list' },
  from: { kind: 'year' },
  to: { kind: 'year' },
  q: { kind: 'text' },
  sort: { kind: 'choice', options: ['name', 'start', 'value'], default: 'name' },
} as const satisfies FilterSpec;

export type ProjectFilters = FilterState<typeof PROJECT_FILTERS>;
export type SortId = (typeof PROJECT_FILTERS.sort.options)[number];
export type FacetKey = 'sector' | 'status' | 'country' | 'state';
export const FACET_KEYS: readonly FacetKey[] = ['sector', 'status', 'country', 'state'];

export const NO_FILTERS: ProjectFilters = defaultsOf(PROJECT_FILTERS);

export function sortOf(filters: ProjectFilters): SortId {
  return filters.sort as SortId;
}

/** True when anything narrows the list; the sort order alone does not. */
export function isFiltered(filters: ProjectFilters): boolean {
  return !isDefault({ ...filters, sort: 'name' }, PROJECT_FILTERS);
}

/** The same filters with every narrowing choice removed; the sort order stays. */
export function cleared(filters: ProjectFilters): ProjectFilters {
  return { ...NO_FILTERS, sort: filters.sort };
}

/**
 * The query string that carries a selection from the list to a project page and back,
 * keeping the global settings (pack, lang, theme) already in `globalSearch`.
 */
export function selectionQuery(globalSearch: string, filters: ProjectFilters): string {
  return withFilters(globalSearch, filters, PROJECT_FILTERS);
}
