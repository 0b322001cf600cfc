import type { FilterSpec, FilterState } from '@/filters/url-state';
import { t } from '@/i18n/i18n';

/** What the timeline shows, in the order the chart stacks them. */
export const ITEM_KINDS = ['event', 'agreement', 'milestone'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * A kind's name in the reader's language: one of it ("Event") or the kind as a whole, for
 * headings and filters ("Events"). Call them while rendering a component that uses `useT`.
 */
export const kindLabel = (kind: ItemKind): string => t(`timeline.kind.${kind}`);
export const kindsLabel = (kind: ItemKind): string => t(`labels.itemKind.${kind}`);

/**
 * The timeline's URL: `kind`, `sector`, `from`, `to` filter (and `from`/`to` are also the zoom,
 * so a zoomed view is a link); `item=event:<id>` opens an event's details.
 */
export const TIMELINE_SPEC = {
  kind: { kind: 'list' },
  sector: { kind: 'list' },
  from: { kind: 'year' },
  to: { kind: 'year' },
  item: { kind: 'text' },
} as const satisfies FilterSpec;

export type TimelineFilters = FilterState<typeof TIMELINE_SPEC>;

export const KNOWN_KINDS: ReadonlySet<string> = new Set(ITEM_KINDS);

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
