import type { Translate } from '@/i18n/message-id';
import { formatYearList } from '@/lib/year-list';
import type { YearSeries, YearValue } from './to-year-rows';

// What a screen reader hears of a chart, in the language of `t`.

const list = (items: readonly string[], t: Translate) => items.join(t('chart.separator'));

/** "Bar chart: projects per sector; Automotive 6, Digital 4." */
export function describeBars(
  what: string,
  bars: readonly { label: string; valueText: string }[],
  t: Translate,
) {
  const items = list(
    bars.map((b) => `${b.label} ${b.valueText}`),
    t,
  );
  return t('chart.bars', { what, items: items || t('chart.noData') });
}

/** A figure with its marks in words: "MYR 212.94B (Jan–Sep only, approximate)". */
export function describeValue(value: string, point: YearValue, t: Translate): string {
  const marks = [
    point.partial && t('chart.marks.partial', { months: point.partial }),
    point.approximate && t('chart.marks.approximate'),
    point.conflict && t('chart.marks.conflict'),
  ].filter((mark): mark is string => Boolean(mark));
  return marks.length ? t('chart.withMarks', { value, marks: list(marks, t) }) : value;
}

/**
 * "Line chart: …. Total: 2012 MYR 181B, 2017 MYR 212.94B (Jan–Sep only); no figure for
 * 2013–2016." Every figure with its marks, and the gaps named as gaps.
 */
export function describeYearLines(
  what: string,
  series: readonly YearSeries[],
  formatValue: (value: number) => string,
  t: Translate,
): string {
  const parts = series.map((s) => {
    const points = list(
      s.years
        .filter((y) => y.value !== null)
        .map((y) =>
          t('chart.point', {
            year: String(y.year),
            value: describeValue(formatValue(y.value!), y, t),
          }),
        ),
      t,
    );
    const missing = s.years.filter((y) => y.value === null).map((y) => y.year);
    const values = { label: s.label, points: points || t('chart.noFigures') };
    return missing.length
      ? t('chart.seriesWithGaps', { ...values, years: formatYearList(missing) })
      : t('chart.series', values);
  });
  return t('chart.lines', { what, series: parts.join(' ') });
}
