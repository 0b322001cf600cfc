/**
 * What each list can be filtered by, as data: the URL parameters, what their ids name, and the
 * choices of a sort. The filter kit (src/filters/) reads, writes, applies and describes filters
 * from these specs; views and slide captions never list parameters again.
 */

/** The set of ids a facet takes, and so how its ids are named in words. */
type Vocabulary = 'sector' | 'projectStatus' | 'agreementType' | 'country' | 'place' | 'itemKind';

type FilterField =
  /** Several ids of one vocabulary, comma-separated: values combine with "or", facets with "and". */
  | { kind: 'facet'; param: string; vocabulary: Vocabulary }
  /** A range of years written as two parameters; a reversed pair means the years between. */
  | { kind: 'years'; from: string; to: string }
  /** Free text. */
  | { kind: 'search'; param: string }
  /** An order; the default is not written in the URL. */
  | { kind: 'sort'; param: string; options: readonly string[]; default: string }
  /** One record the reader opened on the view (a detail panel); not a filter. */
  | { kind: 'selection'; param: string };

export type FilterSpec = readonly FilterField[];

export const PROJECT_FILTER_SPEC = [
  { kind: 'facet', param: 'sector', vocabulary: 'sector' },
  { kind: 'facet', param: 'status', vocabulary: 'projectStatus' },
  { kind: 'facet', param: 'country', vocabulary: 'country' },
  { kind: 'facet', param: 'state', vocabulary: 'place' },
  { kind: 'years', from: 'from', to: 'to' },
  { kind: 'search', param: 'q' },
  { kind: 'sort', param: 'sort', options: ['name', 'start', 'value'], default: 'name' },
] as const satisfies FilterSpec;

export const AGREEMENT_FILTER_SPEC = [
  { kind: 'facet', param: 'type', vocabulary: 'agreementType' },
  { kind: 'facet', param: 'sector', vocabulary: 'sector' },
  { kind: 'facet', param: 'party', vocabulary: 'country' },
  { kind: 'years', from: 'from', to: 'to' },
  { kind: 'search', param: 'q' },
  { kind: 'sort', param: 'sort', options: ['date', 'oldest', 'title'], default: 'date' },
] as const satisfies FilterSpec;

export const TIMELINE_FILTER_SPEC = [
  { kind: 'facet', param: 'kind', vocabulary: 'itemKind' },
  { kind: 'facet', param: 'sector', vocabulary: 'sector' },
  { kind: 'years', from: 'from', to: 'to' },
  { kind: 'selection', param: 'item' },
] as const satisfies FilterSpec;

/** The map filters its projects as the Projects list does, and remembers the one selected. */
export const MAP_FILTER_SPEC = [
  ...PROJECT_FILTER_SPEC,
  { kind: 'selection', param: 'project' },
] as const satisfies FilterSpec;
