import type { SourceRecord, TradeFileRecord, TradeSeriesRecord } from './schema';
import type { Translate } from '@/i18n/message-id';
import { extent } from '@/lib/large-arrays';
import { textOf } from '@/lib/text';

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** "Jan–Sep" for a figure covering the first nine months of a year, in the language of `t`. */
export function partialYearLabel(months: number, t: Translate, long = false): string {
  const name = (month: (typeof MONTHS)[number]) =>
    long ? t(`data.months.long.${month}`) : t(`data.months.short.${month}`);
  const last = name(MONTHS[Math.min(Math.max(months, 1), 12) - 1]!);
  return months <= 1 ? last : t('data.months.range', { first: name('jan'), last });
}

/** One year of a series. A year without a figure has `value: null`: a gap, never a zero. */
export interface TradeYear {
  year: number;
  value: number | null;
  /** Set for a partial year: the months covered, e.g. "Jan–Sep", in the language of the panels. */
  partial?: string;
  approximate: boolean;
  conflict: boolean;
  note?: string;
  sources: SourceRecord[];
}

export interface TradeLine {
  id: string;
  title: string;
  measure: TradeSeriesRecord['measure'];
  /** For exports and imports: the exporting and importing countries. */
  from?: string;
  to?: string;
  basisNote?: string;
  /** Every year of the panel's range, in order, gaps included. */
  years: TradeYear[];
  /** Years of the range with no figure. */
  missing: number[];
}

/** One basis (who reports, in which currency): its series share one axis and nothing else does. */
export interface TradePanel {
  id: string;
  reporter: string;
  currency: string;
  /** Every year from the first to the last figure of the panel. */
  years: number[];
  series: TradeLine[];
}

/**
 * Groups the trade series by basis — reporter and currency — into panels. Series of different
 * bases never share a panel, so they are never drawn on one axis or added up. Years without a
 * figure stay in the range as `null`, so that charts show them as gaps. Partial years are labelled
 * in the language of `t`.
 */
export function toTradePanels(trade: TradeFileRecord, t: Translate): TradePanel[] {
  const groups = new Map<string, TradeSeriesRecord[]>();
  for (const series of trade.series) {
    const key = `${series.reporter}-${series.currency.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), series]);
  }
  return [...groups].map(([id, members]) => {
    const bounds = extent(members.flatMap((s) => s.points.map((p) => p.year)));
    const years = bounds ? range(bounds[0], bounds[1]) : [];
    return {
      id,
      reporter: members[0]!.reporter,
      currency: members[0]!.currency,
      years,
      series: members.map((series) => toLine(series, years, t)),
    };
  });
}

function toLine(series: TradeSeriesRecord, years: number[], t: Translate): TradeLine {
  const byYear = new Map<number, TradeSeriesRecord['points'][number]>();
  // The first figure for a year wins; data:check reports duplicates to the curator.
  for (const point of series.points) if (!byYear.has(point.year)) byYear.set(point.year, point);
  const rows = years.map((year): TradeYear => {
    const point = byYear.get(year);
    if (!point) return { year, value: null, approximate: false, conflict: false, sources: [] };
    return {
      year,
      value: point.value,
      ...(point.months ? { partial: partialYearLabel(point.months, t) } : {}),
      approximate: point.approximate === true,
      conflict: point.conflict === true,
      ...(point.note ? { note: textOf(point.note) } : {}),
      sources: point.sources,
    };
  });
  return {
    id: series.id,
    title: textOf(series.title),
    measure: series.measure,
    ...(series.from ? { from: series.from } : {}),
    ...(series.to ? { to: series.to } : {}),
    ...(series.basisNote ? { basisNote: textOf(series.basisNote) } : {}),
    years: rows,
    missing: rows.filter((r) => r.value === null).map((r) => r.year),
  };
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Who published the figures of some series, each once, in the order they first appear. */
export function publishersOf(lines: readonly TradeLine[]): string[] {
  return [
    ...new Set(lines.flatMap((l) => l.years.flatMap((y) => y.sources.map((s) => s.publisher)))),
  ];
}

/** The panel of the pack's first country and its total series, for a compact chart. */
export function mainTotal(
  panels: TradePanel[],
  reporter: string,
): { panel: TradePanel; line: TradeLine } | null {
  const panel = panels.find((p) => p.reporter === reporter) ?? panels[0];
  const line = panel?.series.find((s) => s.measure === 'total') ?? panel?.series[0];
  return panel && line ? { panel, line } : null;
}
