/**
 * URL ⇄ filter state, for any list, read from its spec (src/registry/filter-specs.ts). The URL
 * records only what the user chose: parsing forgives (an unknown or malformed value becomes the
 * default, never an error) and serializing omits defaults. A facet's ids are comma-separated and
 * always in one order, its vocabulary's: `sector=automotive,digital` whatever order they were
 * ticked or typed in, so that one selection is one link.
 */
import {
  MAX_LIST_LENGTH,
  MAX_QUERY_LENGTH,
  type FilterField,
  type FilterSpec,
} from '@/registry/filter-specs';

type StateOf<F> = F extends { kind: 'facet' | 'tables'; param: infer P extends string }
  ? { [K in P]: string[] }
  : F extends { kind: 'years'; from: infer A extends string; to: infer B extends string }
    ? { [K in A | B]: number | undefined }
    : F extends { kind: 'search' | 'sort' | 'selection'; param: infer P extends string }
      ? { [K in P]: string }
      : never;
type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (
  all: infer I,
) => void
  ? I
  : never;

/** A list's filters as values: `{ sector: string[], from: number | undefined, q: string, … }`. */
export type FilterState<S extends FilterSpec> = {
  [K in keyof Intersection<StateOf<S[number]>>]: Intersection<StateOf<S[number]>>[K];
};

/**
 * The ids each facet knows, by parameter, in the facet's one order: an id outside them is dropped
 * from the URL, and chosen ids are put in this order. A facet without a list keeps any short id.
 */
export type KnownIds = Readonly<Partial<Record<string, readonly string[]>>>;

const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

// Each known list is ranked once: parsing runs on every keystroke in a search box.
const ranks = new WeakMap<readonly string[], ReadonlyMap<string, number>>();
function rankOf(ids: readonly string[]): ReadonlyMap<string, number> {
  let rank = ranks.get(ids);
  if (!rank) ranks.set(ids, (rank = new Map(ids.map((id, i) => [id, i]))));
  return rank;
}

/** The ids in their facet's order, unknown ones dropped, each once. */
function known(ids: Iterable<string>, list: readonly string[]): string[] {
  const rank = rankOf(list);
  return [...new Set(ids)].filter((id) => rank.has(id)).sort((a, b) => rank.get(a)! - rank.get(b)!);
}

type Values = Record<string, unknown>;

function defaultsOfField(field: FilterField, state: Values): void {
  if (field.kind === 'years') state[field.from] = state[field.to] = undefined;
  else if (field.kind === 'facet' || field.kind === 'tables') state[field.param] = [];
  else if (field.kind === 'sort') state[field.param] = field.default;
  else state[field.param] = '';
}

export function defaultsOf<S extends FilterSpec>(spec: S): FilterState<S> {
  const state: Values = {};
  for (const field of spec) defaultsOfField(field, state);
  return state as FilterState<S>;
}

/** The URL parameters a spec reads. */
export function paramsOf(spec: FilterSpec): string[] {
  return spec.flatMap((field) => (field.kind === 'years' ? [field.from, field.to] : [field.param]));
}

function parseYear(raw: string | null): number | undefined {
  const text = raw?.trim() ?? '';
  const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

function parseList(raw: string[], list: readonly string[] | undefined): string[] {
  const ids = raw
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter(Boolean);
  const kept = list
    ? known(ids, list)
    : [...new Set(ids)].filter((id) => id.length <= MAX_QUERY_LENGTH);
  return kept.slice(0, MAX_LIST_LENGTH);
}

export function parseFilters<S extends FilterSpec>(
  params: URLSearchParams,
  spec: S,
  knownIds: KnownIds = {},
): FilterState<S> {
  const state: Values = defaultsOf(spec);
  for (const field of spec) {
    if (field.kind === 'years') {
      state[field.from] = parseYear(params.get(field.from));
      state[field.to] = parseYear(params.get(field.to));
      continue;
    }
    const raw = params.getAll(field.param);
    if (raw.length === 0) continue;
    if (field.kind === 'facet') state[field.param] = parseList(raw, knownIds[field.param]);
    else if (field.kind === 'tables') state[field.param] = parseList(raw, undefined);
    else if (field.kind === 'sort') {
      if (field.options.includes(raw[0]!)) state[field.param] = raw[0];
    } else state[field.param] = cut(raw[0]!, MAX_QUERY_LENGTH);
  }
  return state as FilterState<S>;
}

/** At most `max` UTF-16 units, never half of a character (a lone surrogate cannot be encoded). */
function cut(text: string, max: number): string {
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Encodes a value for a query string, keeping commas readable. A lone surrogate (from any text
 * cut in the middle of a character) becomes U+FFFD, as the browser's own URL would have it,
 * instead of making encodeURIComponent throw.
 */
function encode(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'))
    .replace(/%2C/gi, ',')
    .replace(/%20/g, '+');
}

/**
 * The query-string pairs of a state, defaults omitted, in the spec's order; facet ids in their
 * facet's order where `knownIds` gives it.
 */
export function serializeFilters<S extends FilterSpec>(
  state: FilterState<S>,
  spec: S,
  knownIds: KnownIds = {},
): [string, string][] {
  const values = state as Values;
  const pairs: [string, string][] = [];
  for (const field of spec) {
    if (field.kind === 'years') {
      for (const key of [field.from, field.to])
        if (typeof values[key] === 'number') pairs.push([key, String(values[key])]);
      continue;
    }
    const value = values[field.param];
    if (field.kind === 'facet' || field.kind === 'tables') {
      const list = knownIds[field.param];
      const ids = list ? known(value as string[], list) : (value as string[]);
      if (ids.length) pairs.push([field.param, ids.join(',')]);
    } else if (field.kind === 'sort') {
      if (value !== field.default) pairs.push([field.param, value as string]);
    } else {
      const text = (value as string).trim();
      if (text) pairs.push([field.param, text]);
    }
  }
  return pairs;
}

/**
 * Replaces the spec's parameters in `search` with the state's pairs, keeping every other
 * parameter (pack, lang, theme, and other views' settings) where it was.
 */
export function withFilters<S extends FilterSpec>(
  search: string,
  state: FilterState<S>,
  spec: S,
  knownIds: KnownIds = {},
): string {
  const own = new Set(paramsOf(spec));
  const keep = [...new URLSearchParams(search)].filter(([key]) => !own.has(key));
  const pairs = [...keep, ...serializeFilters(state, spec, knownIds)];
  const text = pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
  return text ? `?${text}` : '';
}

/** True when something narrows the list: a facet, a year or a search; sort and selection do not. */
export function isNarrowed<S extends FilterSpec>(spec: S, state: FilterState<S>): boolean {
  const values = state as Values;
  return spec.some((field) => {
    if (field.kind === 'facet') return (values[field.param] as string[]).length > 0;
    if (field.kind === 'years')
      return values[field.from] !== undefined || values[field.to] !== undefined;
    if (field.kind === 'search') return (values[field.param] as string).trim() !== '';
    return false;
  });
}

/** The same state with every narrowing choice removed; sort, selection and tables stay. */
export function clearedFilters<S extends FilterSpec>(
  spec: S,
  state: FilterState<S>,
): FilterState<S> {
  const next: Values = { ...(state as Values) };
  for (const field of spec)
    if (field.kind === 'facet' || field.kind === 'years' || field.kind === 'search')
      defaultsOfField(field, next);
  return next as FilterState<S>;
}
