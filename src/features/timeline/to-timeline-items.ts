import type { AgreementRecord, EventRecord, ProjectRecord } from '../../data/schema';
import { allSources } from '../../data/record-flags';
import { formatDateRange } from '../../lib/format-date';
import { endOf, precisionOf, startOf, type Precision } from '../../lib/partial-date';
import { textOf } from '../../lib/text';
import { ITEM_KINDS, KIND_LABELS, type ItemKind, type YearRange } from './timeline-filters';

/** One thing on the time axis: an event, an agreement or a project milestone. */
export interface TimelineItem {
  /** `event:<id>`, `agreement:<id>`, `milestone:<project id>:<index>`; unique across kinds. */
  key: string;
  kind: ItemKind;
  /** The record's id; for a milestone, its project's id (the page Enter opens). */
  id: string;
  title: string;
  /** The date as the data gives it, precision kept. */
  date: string;
  end?: string;
  /** First and last moment covered, in ms: a year-only date covers its whole year. */
  start: number;
  finish: number;
  precision: Precision;
  /** True when an explicit end makes it a span (a visit over several days). */
  isRange: boolean;
  sectors: string[];
  planned: boolean;
  /** For a milestone: the project's name. */
  project?: string;
  sourceCount: number;
}

const KIND_ORDER: Record<ItemKind, number> = { event: 0, agreement: 1, milestone: 2 };

function base(date: string, end: string | undefined) {
  const last = end && end !== date ? end : undefined;
  return {
    date,
    end: last,
    start: startOf(date),
    finish: endOf(last ?? date),
    precision: precisionOf(date),
    isRange: last !== undefined,
  };
}

export interface TimelineSources {
  events: EventRecord[];
  /** Missing when agreements.json could not be loaded: the rest still shows. */
  agreements?: AgreementRecord[];
  /** Missing when projects.json could not be loaded: no milestones, the rest still shows. */
  projects?: ProjectRecord[];
}

/** Every item of the pack, in time order (start, then a year before its months and days). */
export function toTimelineItems({ events, agreements = [], projects = [] }: TimelineSources) {
  const items: TimelineItem[] = [
    ...events.map((e) => ({
      key: `event:${e.id}`,
      kind: 'event' as const,
      id: e.id,
      title: textOf(e.title),
      ...base(e.date, e.end),
      sectors: e.sectors,
      planned: false,
      sourceCount: allSources(e).length,
    })),
    ...agreements.map((a) => ({
      key: `agreement:${a.id}`,
      kind: 'agreement' as const,
      id: a.id,
      title: textOf(a.title),
      ...base(a.date, undefined),
      sectors: a.sectors,
      planned: a.status === 'planned',
      sourceCount: allSources(a).length,
    })),
    ...projects.flatMap((p) =>
      p.milestones.map((m, index) => ({
        key: `milestone:${p.id}:${index}`,
        kind: 'milestone' as const,
        id: p.id,
        title: `${textOf(p.name)}: ${textOf(m.label)}`,
        ...base(m.date, undefined),
        sectors: p.sectors,
        planned: m.planned === true,
        project: textOf(p.name),
        sourceCount: m.sources.length,
      })),
    ),
  ];
  return items.filter((item) => Number.isFinite(item.start)).sort(compareItems);
}

export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return (
    a.start - b.start ||
    a.date.length - b.date.length ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.title.localeCompare(b.title)
  );
}

/** The first and last year any item touches; this year when there are none. */
export function yearExtent(items: TimelineItem[]): YearRange {
  if (items.length === 0) {
    const year = new Date().getUTCFullYear();
    return { from: year, to: year };
  }
  let from = Infinity;
  let to = -Infinity;
  for (const item of items) {
    from = Math.min(from, new Date(item.start).getUTCFullYear());
    to = Math.max(to, new Date(item.finish).getUTCFullYear());
  }
  return { from, to };
}

export interface AppliedFilters {
  kinds: readonly string[];
  sectors: readonly string[];
  range: YearRange;
}

/** True when any part of the item falls in the years: a 2013-only date is in 2013, not 2012. */
export function overlapsYears(item: TimelineItem, range: YearRange): boolean {
  return item.finish >= Date.UTC(range.from, 0, 1) && item.start < Date.UTC(range.to + 1, 0, 1);
}

function matches(item: TimelineItem, f: AppliedFilters, skip?: 'kind' | 'sector'): boolean {
  if (skip !== 'kind' && f.kinds.length > 0 && !f.kinds.includes(item.kind)) return false;
  if (skip !== 'sector' && f.sectors.length > 0 && !item.sectors.some((s) => f.sectors.includes(s)))
    return false;
  return overlapsYears(item, f.range);
}

/** The items the filters keep, in time order. */
export function filterTimelineItems(items: TimelineItem[], filters: AppliedFilters) {
  return items.filter((item) => matches(item, filters));
}

/**
 * Live counts for the facets: each facet counts what the *other* filters keep, so a reader sees
 * what ticking a box would add.
 */
export function facetCounts(items: TimelineItem[], filters: AppliedFilters) {
  const kinds: Record<string, number> = Object.fromEntries(ITEM_KINDS.map((k) => [k, 0]));
  const sectors: Record<string, number> = {};
  for (const item of items) {
    if (matches(item, filters, 'kind')) kinds[item.kind] = (kinds[item.kind] ?? 0) + 1;
    if (matches(item, filters, 'sector'))
      for (const s of item.sectors) sectors[s] = (sectors[s] ?? 0) + 1;
  }
  return { kinds, sectors };
}

const PRECISION_WORDS: Record<Precision, string> = {
  year: ' (year only)',
  month: ' (month only)',
  day: '',
};

/** The date as read aloud and shown on focus: "Jun 2017 (month only)", "31 Dec 2019 – 6 Jan 2020". */
export function describeDate(item: Pick<TimelineItem, 'date' | 'end' | 'precision'>): string {
  return `${formatDateRange(item.date, item.end)}${item.end ? '' : PRECISION_WORDS[item.precision]}`;
}

/** The accessible name of an item: "12 Apr 2019, agreement: ECRL supplementary agreement". */
export function describeItem(item: TimelineItem): string {
  const kind = KIND_LABELS[item.kind].one.toLowerCase();
  return `${describeDate(item)}, ${kind}: ${item.title}${item.planned ? ' (planned)' : ''}`;
}

/** "12 events, 20 agreements and 13 project milestones". */
export function describeCounts(items: TimelineItem[]): string {
  const parts = ITEM_KINDS.map((kind) => {
    const n = items.filter((i) => i.kind === kind).length;
    const words = n === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many;
    return `${n} ${words.toLowerCase()}`;
  });
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
