import { applyFilters, type FacetCounts, type ListIndex } from '@/filters/apply-filters';
import { facetColumn } from '@/filters/facet-columns';
import type { Translate } from '@/filters/filter-words';
import type { FilterState } from '@/filters/url-state';
import { TIMELINE_FILTER_SPEC, type ITEM_KINDS } from '@/registry/filter-specs';
import type { TimelineItem } from './to-timeline-items';

type Spec = typeof TIMELINE_FILTER_SPEC;
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * A kind's name in the reader's language: one of it ("Event") or the kind as a whole, for
 * headings and filters ("Events").
 */
export const kindLabel = (kind: ItemKind, t: Translate): string => t(`timeline.kind.${kind}`);
export const kindsLabel = (kind: ItemKind, t: Translate): string => t(`labels.itemKind.${kind}`);

/**
 * The timeline's URL (TIMELINE_FILTER_SPEC): `kind`, `sector`, `from`, `to` filter (and
 * `from`/`to` are also the zoom, so a zoomed view is a link); `item=event:<id>` opens an event's
 * details.
 */
export type TimelineFilters = FilterState<Spec>;

/** A year range, both ends inclusive. */
export interface YearRange {
  from: number;
  to: number;
}

/**
 * The years on show: the chosen `from`/`to`, else the data's own first and last year. A reversed
 * pair (from=2024&to=2019, typed by hand) is read the way it was surely meant, not as nothing.
 */
export function effectiveRange(filters: Pick<TimelineFilters, 'from' | 'to'>, extent: YearRange) {
  const from = filters.from ?? extent.from;
  const to = filters.to ?? extent.to;
  return from <= to ? { from, to } : { from: to, to: from };
}

/**
 * The `from`/`to` to write for a range: an end that equals the data's own end is the default and
 * is left out, so "all years" is the bare URL.
 */
export function rangeToFilters(range: YearRange, extent: YearRange) {
  return {
    from: range.from <= extent.from ? undefined : range.from,
    to: range.to >= extent.to ? undefined : range.to,
  };
}

/** `item=event:ecrl-revived-2019` → the kind and id it names; anything else → null. */
export function parseItemParam(value: string): { kind: ItemKind; id: string } | null {
  const match = /^(event|agreement|milestone):([a-z0-9-]+(?::\d+)?)$/.exec(value.trim());
  return match ? { kind: match[1] as ItemKind, id: match[2]! } : null;
}

const indexes = new WeakMap<readonly TimelineItem[], ListIndex<Spec>>();

/**
 * What filtering needs of the items, once per items array: a milestone has its project's
 * sectors, and an item is in every year it touches (a 2013-only date is in 2013, not 2012).
 */
export function timelineIndex(items: readonly TimelineItem[]): ListIndex<Spec> {
  let index = indexes.get(items);
  if (!index) {
    const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
    index = {
      size: items.length,
      facets: {
        kind: facetColumn(items, (item) => [item.kind]),
        sector: facetColumn(items, (item) => item.sectors),
      },
      firstYear: Float64Array.from(items, (item) => yearOf(item.start)),
      lastYear: Float64Array.from(items, (item) => yearOf(item.finish)),
    };
    indexes.set(items, index);
  }
  return index;
}

interface TimelineResults {
  /** The items the filters keep, in time order. */
  shown: TimelineItem[];
  /** Live facet counts (see FacetCounts). */
  counts: FacetCounts<Spec>;
}

/** The items the filters keep, with live counts for kinds and sectors. */
export function filterTimeline(
  items: readonly TimelineItem[],
  filters: TimelineFilters,
): TimelineResults {
  const { matches, counts } = applyFilters(
    TIMELINE_FILTER_SPEC,
    timelineIndex(items),
    filters,
    null,
  );
  return { shown: items.filter((_, i) => matches[i] === 1), counts };
}
