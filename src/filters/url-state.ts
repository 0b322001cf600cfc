/**
 * URL ⇄ filter state. The URL records only what the user chose: parsing forgives (an unknown or
 * malformed value becomes the default, never an error) and serializing omits defaults.
 * Lists are comma-separated ids: `sector=automotive,digital`.
 */

type FieldSpec =
  | { kind: 'list' }
  | { kind: 'year' }
  | { kind: 'text' }
  | { kind: 'choice'; options: readonly string[]; default: string };

export type FilterSpec = Record<string, FieldSpec>;

type ValueOf<F extends FieldSpec> = F extends { kind: 'list' }
  ? string[]
  : F extends { kind: 'year' }
    ? number | undefined
    : string;

export type FilterState<S extends FilterSpec> = { [K in keyof S]: ValueOf<S[K]> };

/** Known ids per list field; values outside them are dropped. */
export type KnownValues<S extends FilterSpec> = Partial<Record<keyof S, ReadonlySet<string>>>;

const MIN_YEAR = 1000;
const MAX_YEAR = 2999;
/** A search longer than this is cut: a URL is not a place for an essay, and huge input must not hang. */
export const MAX_QUERY_LENGTH = 200;
/** A list without known ids to check against keeps at most this many, each at most MAX_QUERY_LENGTH long. */
export const MAX_LIST_LENGTH = 100;

export function defaultsOf<S extends FilterSpec>(spec: S): FilterState<S> {
  const state: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec)) {
    state[key] =
      field.kind === 'list'
        ? []
        : field.kind === 'year'
          ? undefined
          : field.kind === 'text'
            ? ''
            : field.default;
  }
  return state as FilterState<S>;
}

export function parseFilters<S extends FilterSpec>(
  params: URLSearchParams,
  spec: S,
  known: KnownValues<S> = {},
): FilterState<S> {
  const state: Record<string, unknown> = defaultsOf(spec);
  for (const [key, field] of Object.entries(spec)) {
    const raw = params.getAll(key);
    if (raw.length === 0) continue;
    if (field.kind === 'list') {
      const allowed = known[key as keyof S];
      const ids = raw
        .flatMap((value) => value.split(','))
        .map((id) => id.trim())
        .filter(Boolean);
      state[key] = [...new Set(ids)]
        .filter((id) => (allowed ? allowed.has(id) : id.length <= MAX_QUERY_LENGTH))
        .slice(0, MAX_LIST_LENGTH);
    } else if (field.kind === 'year') {
      const year = /^\d{4}$/.test(raw[0]!.trim()) ? Number(raw[0]!.trim()) : Number.NaN;
      if (year >= MIN_YEAR && year <= MAX_YEAR) state[key] = year;
    } else if (field.kind === 'text') {
      state[key] = cut(raw[0]!, MAX_QUERY_LENGTH);
    } else if (field.options.includes(raw[0]!)) {
      state[key] = raw[0];
    }
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

/** The query-string pairs of a state, defaults omitted, in the spec's order. */
export function serializeFilters<S extends FilterSpec>(
  state: FilterState<S>,
  spec: S,
): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [key, field] of Object.entries(spec)) {
    const value = state[key as keyof S] as unknown;
    if (field.kind === 'list') {
      const list = value as string[];
      if (list.length) pairs.push([key, list.join(',')]);
    } else if (field.kind === 'year') {
      if (typeof value === 'number') pairs.push([key, String(value)]);
    } else if (field.kind === 'text') {
      const text = (value as string).trim();
      if (text) pairs.push([key, text]);
    } else if (value !== field.default) {
      pairs.push([key, value as string]);
    }
  }
  return pairs;
}

/**
 * Replaces the spec's keys in `search` with the state's pairs, keeping every other parameter
 * (pack, lang, theme, and other views' settings) where it was.
 */
export function withFilters<S extends FilterSpec>(
  search: string,
  state: FilterState<S>,
  spec: S,
): string {
  const keep = [...new URLSearchParams(search)].filter(([key]) => !(key in spec));
  const pairs = [...keep, ...serializeFilters(state, spec)];
  const text = pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
  return text ? `?${text}` : '';
}

/** True when nothing is chosen. */
export function isDefault<S extends FilterSpec>(state: FilterState<S>, spec: S): boolean {
  return serializeFilters(state, spec).length === 0;
}
