/** A year of a series as a chart draws it. `value: null` is a gap, drawn as a break in the line. */
export interface YearValue {
  year: number;
  value: number | null;
  /** The part of the year a figure covers ("Jan–Sep"); such a figure is not a full year. */
  partial?: string;
  approximate?: boolean;
  conflict?: boolean;
}

export interface YearSeries {
  id: string;
  label: string;
  years: YearValue[];
}

export type YearRow = { year: number } & Record<string, number | null>;

export const fullKey = (id: string) => `${id}__full`;
export const partKey = (id: string) => `${id}__part`;

/**
 * One row per year for recharts. Whole-year figures and part-year figures go to separate keys:
 * the line joins only whole years, and a part-year figure is drawn as a lone hollow marker, so
 * that nine months of trade never look like a fall in the yearly total.
 */
export function toYearRows(years: readonly number[], series: readonly YearSeries[]): YearRow[] {
  const lookup = series.map((s) => new Map(s.years.map((y) => [y.year, y])));
  return years.map((year) => {
    const row: YearRow = { year } as YearRow;
    series.forEach((s, i) => {
      const point = lookup[i]!.get(year);
      const value = point?.value ?? null;
      row[fullKey(s.id)] = point?.partial ? null : value;
      row[partKey(s.id)] = point?.partial ? value : null;
    });
    return row;
  });
}

/** What the reader needs to be told about a chart's markers: only the kinds that occur. */
export function markerKinds(series: readonly YearSeries[]) {
  const all = series.flatMap((s) => s.years).filter((y) => y.value !== null);
  return {
    partial: all.some((y) => y.partial),
    approximate: all.some((y) => y.approximate),
    conflict: all.some((y) => y.conflict),
    gaps: series.some((s) => s.years.some((y) => y.value === null)),
  };
}

/**
 * Which series labels the part-year figures of each year: only the highest marker of a year
 * carries the months, so that labels of several series never sit on top of each other.
 */
export function partialLabels(
  series: readonly YearSeries[],
): Map<number, { id: string; text: string }> {
  const byYear = new Map<number, { id: string; value: number; texts: Set<string> }>();
  for (const s of series)
    for (const y of s.years) {
      if (!y.partial || y.value === null) continue;
      const current = byYear.get(y.year);
      if (!current) byYear.set(y.year, { id: s.id, value: y.value, texts: new Set([y.partial]) });
      else {
        current.texts.add(y.partial);
        if (y.value > current.value) Object.assign(current, { id: s.id, value: y.value });
      }
    }
  return new Map(
    [...byYear].map(([year, { id, texts }]) => [year, { id, text: [...texts].join(' / ') }]),
  );
}

/**
 * Round axis ticks from 0 to just above `max`: steps of 1, 2, 2.5 or 5 times a power of ten,
 * 4 to 7 ticks, wasting as little height above the highest value as possible.
 */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const power = 10 ** Math.floor(Math.log10(max));
  const steps = [0.01, 0.1, 1].flatMap((scale) => [1, 2, 2.5, 5].map((m) => m * scale * power));
  let best: { step: number; top: number; n: number } | undefined;
  for (const step of steps) {
    const top = Math.ceil(max / step - 1e-9) * step;
    const n = Math.round(top / step) + 1;
    if (n < 4 || n > 7) continue;
    if (!best || top < best.top || (top === best.top && n < best.n)) best = { step, top, n };
  }
  const { step, n } = best ?? { step: power, n: Math.ceil(max / power) + 1 };
  return Array.from({ length: n }, (_, i) => Number((i * step).toPrecision(12)));
}
