import type { FilterSpec } from '@/registry/filter-specs';
import type { FacetColumn } from './facet-columns';
import type { FilterState } from './url-state';

type FacetField<S extends FilterSpec> = Extract<S[number], { kind: 'facet' }>;
/** The parameters of a spec's facets. */
export type FacetParam<S extends FilterSpec> = FacetField<S>['param'];

/** A spec's facets, in its order. */
export function facetFields<S extends FilterSpec>(spec: S): FacetField<S>[] {
  return spec.filter((field): field is FacetField<S> => field.kind === 'facet');
}

/** What filtering needs to know about a list's records, worked out once per records array. */
export interface ListIndex<S extends FilterSpec> {
  size: number;
  facets: Readonly<Record<FacetParam<S>, FacetColumn>>;
  /** First and last year of each record; NaN where it has none (a year range leaves it out). */
  firstYear?: Float64Array;
  lastYear?: Float64Array;
}

/**
 * For each facet value, how many records would match with that value chosen in its facet, given
 * every other active filter (values in one facet combine with "or", facets with "and"). Values
 * with no such record are left out: read a missing value as 0.
 */
export type FacetCounts<S extends FilterSpec> = Record<FacetParam<S>, ReadonlyMap<string, number>>;

interface FilterPass<S extends FilterSpec> {
  /** 1 for each record that passes every filter. */
  matches: Uint8Array;
  counts: FacetCounts<S>;
}

/**
 * The years between `from` and `to`, either end open, read the right way round when the pair is
 * reversed (from=2024&to=2019 means 2019–2024, as a reader who typed it surely meant). Null when
 * neither is set.
 */
export function yearRange(
  from: number | undefined,
  to: number | undefined,
): [number, number] | null {
  if (from === undefined && to === undefined) return null;
  const low = from ?? Number.NEGATIVE_INFINITY;
  const high = to ?? Number.POSITIVE_INFINITY;
  return low <= high ? [low, high] : [high, low];
}

/** The first and last year of any record, for the year range's choices; null when none has one. */
export function yearBounds(index: Pick<ListIndex<FilterSpec>, 'firstYear' | 'lastYear'>) {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const years of [index.firstYear, index.lastYear])
    for (const year of years ?? [])
      if (Number.isFinite(year)) {
        first = Math.min(first, year);
        last = Math.max(last, year);
      }
  return Number.isFinite(first) ? ([first, last] as const) : null;
}

/**
 * One pass over a list: which records match the state, and the live count of every facet value.
 * `found` is what the search matched (null: no search). A chosen id that no record has is still
 * a choice: its facet then matches nothing, so the list is empty and says so.
 */
export function applyFilters<S extends FilterSpec>(
  spec: S,
  index: ListIndex<S>,
  state: FilterState<S>,
  found: ReadonlySet<number> | null,
): FilterPass<S> {
  const values = state as Record<string, unknown>;
  const params = facetFields(spec).map((field) => field.param as FacetParam<S>);
  const columns = params.map((param) => index.facets[param]);
  // Per facet: which value codes are chosen (nothing chosen: the facet does not filter).
  const wanted = columns.map((column, f) => {
    const chosen = values[params[f]!] as string[];
    if (chosen.length === 0) return null;
    const set = new Uint8Array(column.ids.length);
    for (const id of chosen) {
      const code = column.codes.get(id);
      if (code !== undefined) set[code] = 1;
    }
    return set;
  });
  const years = spec.find((f) => f.kind === 'years');
  const range = years ? yearRange(values[years.from] as number, values[years.to] as number) : null;
  const { firstYear, lastYear } = index;
  const tallies = columns.map((column) => new Uint32Array(column.ids.length));
  const matches = new Uint8Array(index.size);

  for (let i = 0; i < index.size; i++) {
    if (found && !found.has(i)) continue;
    if (range && !(firstYear![i]! <= range[1] && lastYear![i]! >= range[0])) continue;
    // Which facets this record fails; with one failure it still counts for that facet's values.
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < columns.length && failures < 2; f++) {
      const set = wanted[f];
      if (!set) continue;
      const { offsets, values: codes } = columns[f]!;
      let hit = false;
      for (let k = offsets[i]!; k < offsets[i + 1]! && !hit; k++) hit = set[codes[k]!] === 1;
      if (!hit) {
        failed = f;
        failures++;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) matches[i] = 1;
    for (let f = 0; f < columns.length; f++) {
      if (failures === 1 && f !== failed) continue;
      const { offsets, values: codes } = columns[f]!;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) tallies[f]![codes[k]!]!++;
    }
  }

  const counts = {} as Record<FacetParam<S>, ReadonlyMap<string, number>>;
  columns.forEach((column, f) => {
    const map = new Map<string, number>();
    column.ids.forEach((id, code) => {
      if (tallies[f]![code]) map.set(id, tallies[f]![code]!);
    });
    counts[params[f]!] = map;
  });
  return { matches, counts };
}
