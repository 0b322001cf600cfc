/**
 * What each list can be filtered by, as data: the URL parameters, what their ids name, and the
 * choices of a sort. The filter kit (src/filters/) reads, writes, applies and describes filters
 * from these specs, and its controls (src/components/filters/) are laid out from them; views and
 * slide captions never list parameters again.
 */

/**
 * The set of ids a facet takes, and so where its ids and their names come from: the pack's
 * sectors, a schema enum, or what the list's records hold (a project's partner countries and
 * places, an agreement's party countries). The order of a vocabulary is the one order of its ids
 * in every URL.
 */
export type Vocabulary =
  | 'sector'
  | 'projectStatus'
  | 'partnerCountry'
  | 'place'
  | 'agreementType'
  | 'partyCountry'
  | 'itemKind';

/**
 * What a list's years are years of, which is how the range is said in words: projects active in
 * them, agreements dated in them, timeline items shown in them.
 */
export type YearsMeaning = 'active' | 'dated' | 'shown';

export type FilterField =
  /** Several ids of one vocabulary, comma-separated: values combine with "or", facets with "and". */
  | { kind: 'facet'; param: string; vocabulary: Vocabulary }
  /** A range of years written as two parameters; a reversed pair means the years between. */
  | { kind: 'years'; from: string; to: string; means: YearsMeaning }
  /** Free text. */
  | { kind: 'search'; param: string }
  /** An order; the default is not written in the URL. */
  | { kind: 'sort'; param: string; options: readonly string[]; default: string }
  /** One record the reader opened on the view (a detail panel); not a filter. */
  | { kind: 'selection'; param: string }
  /** Charts the reader switched to their tables, by chart id; a way of showing, not a filter. */
  | { kind: 'tables'; param: string };

export type FilterSpec = readonly FilterField[];

/** A search longer than this is cut: a URL is not a place for an essay, and huge input must not hang. */
export const MAX_QUERY_LENGTH = 200;
/** A list without known ids to check against keeps at most this many, each at most MAX_QUERY_LENGTH long. */
export const MAX_LIST_LENGTH = 100;

/** What the timeline shows, in the order the chart stacks them: the ids of `itemKind`. */
export const ITEM_KINDS = ['event', 'agreement', 'milestone'] as const;

export const PROJECT_FILTER_SPEC = [
  { kind: 'facet', param: 'sector', vocabulary: 'sector' },
  { kind: 'facet', param: 'status', vocabulary: 'projectStatus' },
  { kind: 'facet', param: 'country', vocabulary: 'partnerCountry' },
  { kind: 'facet', param: 'state', vocabulary: 'place' },
  { kind: 'years', from: 'from', to: 'to', means: 'active' },
  { kind: 'search', param: 'q' },
  { kind: 'sort', param: 'sort', options: ['name', 'start', 'value'], default: 'name' },
] as const satisfies FilterSpec;

export const AGREEMENT_FILTER_SPEC = [
  { kind: 'facet', param: 'type', vocabulary: 'agreementType' },
  { kind: 'facet', param: 'sector', vocabulary: 'sector' },
  { kind: 'facet', param: 'party', vocabulary: 'partyCountry' },
  { kind: 'years', from: 'from', to: 'to', means: 'dated' },
  { kind: 'search', param: 'q' },
  { kind: 'sort', param: 'sort', options: ['date', 'oldest', 'title'], default: 'date' },
] as const satisfies FilterSpec;

export const TIMELINE_FILTER_SPEC = [
  { kind: 'facet', param: 'kind', vocabulary: 'itemKind' },
  { kind: 'facet', param: 'sector', vocabulary: 'sector' },
  { kind: 'years', from: 'from', to: 'to', means: 'shown' },
  { kind: 'selection', param: 'item' },
] as const satisfies FilterSpec;

/** The map filters its projects as the Projects list does, and remembers the one selected. */
export const MAP_FILTER_SPEC = [
  ...PROJECT_FILTER_SPEC,
  { kind: 'selection', param: 'project' },
] as const satisfies FilterSpec;

/**
 * Views with charts keep which of them show as tables (`table=trade-my,trade-cn`), so that a link,
 * a slide or an embed opens on the same choice.
 */
export const CHART_TABLES_SPEC = [{ kind: 'tables', param: 'table' }] as const satisfies FilterSpec;
