import type { AgreementRecord, EventRecord, ProjectRecord } from '@/data/schema';
import { allSources } from '@/data/record-flags';
import type { Translate } from '@/i18n/message-id';
import { formatDateRange } from '@/lib/format-date';
import { endOf, precisionOf, startOf, type Precision } from '@/lib/partial-date';
import { localText, textOf, type TextValue } from '@/lib/text';
import { ITEM_KINDS } from '@/registry/filter-specs';
import type { ItemKind, YearRange } from './timeline-filters';

/** One thing on the time axis: an event, an agreement or a project milestone. */
export interface TimelineItem {
  /** `event:<id>`, `agreement:<id>`, `milestone:<project id>:<index>`; unique across kinds. */
  key: string;
  kind: ItemKind;
  /** The record's id; for a milestone, its project's id (the page Enter opens). */
  id: string;
  /** The title in the reader's language where the pack has it, else in English. */
  title: string;
  /** `lang` for the title when English stands in for the reader's language. */
  titleLang?: string;
  /** The title in English, for exported files and a stable order. */
  englishTitle: string;
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
  /** For a milestone: the project's name, in English (for exported files). */
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

export interface TitleOptions {
  /** The reader's language: titles are in it where the pack has them, else in English. */
  lang?: string;
  /** A milestone's title from its project's name and its own: "ECRL: Groundbreaking". */
  milestoneTitle?: (project: string, milestone: string) => string;
}

const englishMilestoneTitle = (project: string, milestone: string) => `${project}: ${milestone}`;

/**
 * Every item of the pack, in time order (start, then a year before its months and days), titled
 * in the reader's language where the pack has it. Call it again when the language changes.
 */
export function toTimelineItems(
  { events, agreements = [], projects = [] }: TimelineSources,
  { lang = 'en', milestoneTitle = englishMilestoneTitle }: TitleOptions = {},
) {
  // A title as shown, with its `lang` when English stands in, and in English for exports.
  const titled = (value: TextValue, milestone?: TextValue) => {
    const shown = [value, ...(milestone ? [milestone] : [])].map((v) => localText(v, lang));
    const [first, second] = shown.map((s) => s.text) as [string, string?];
    return {
      title: second === undefined ? first : milestoneTitle(first, second),
      titleLang: shown.some((s) => s.lang !== lang) ? 'en' : undefined,
      englishTitle: milestone
        ? englishMilestoneTitle(textOf(value), textOf(milestone))
        : textOf(value),
    };
  };
  const items: TimelineItem[] = [
    ...events.map((e) => ({
      key: `event:${e.id}`,
      kind: 'event' as const,
      id: e.id,
      ...titled(e.title),
      ...base(e.date, e.end),
      sectors: e.sectors,
      planned: false,
      sourceCount: allSources(e).length,
    })),
    ...agreements.map((a) => ({
      key: `agreement:${a.id}`,
      kind: 'agreement' as const,
      id: a.id,
      ...titled(a.title),
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
        ...titled(p.name, m.label),
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

function compareItems(a: TimelineItem, b: TimelineItem): number {
  return (
    a.start - b.start ||
    a.date.length - b.date.length ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.englishTitle.localeCompare(b.englishTitle)
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

// The words below are in the language of `t`, with dates and lists written for `locale`.

/** The date as read aloud and shown on focus: "Jun 2017 (month only)", "31 Dec 2019 – 6 Jan 2020". */
export function describeDate(
  item: Pick<TimelineItem, 'date' | 'end' | 'precision'>,
  t: Translate,
  locale: string,
): string {
  const date = formatDateRange(item.date, item.end, locale);
  if (item.end || item.precision === 'day') return date;
  return t(item.precision === 'year' ? 'timeline.date.yearOnly' : 'timeline.date.monthOnly', {
    date,
  });
}

/** The accessible name of an item: "12 Apr 2019, agreement: ECRL supplementary agreement". */
export function describeItem(item: TimelineItem, t: Translate, locale: string): string {
  return t(item.planned ? 'timeline.item.namePlanned' : 'timeline.item.name', {
    date: describeDate(item, t, locale),
    kind: t(`timeline.kindInName.${item.kind}`),
    title: item.title,
  });
}

/** "12 events, 20 agreements and 13 project milestones". */
export function describeCounts(items: TimelineItem[], t: Translate, locale: string): string {
  const parts = ITEM_KINDS.map((kind) =>
    t(`timeline.counts.${kind}`, { count: items.filter((i) => i.kind === kind).length }),
  );
  return new Intl.ListFormat(locale).format(parts);
}
