import { t } from '@/i18n/i18n';
import { formatYearList } from '@/lib/year-list';
import type { YearSeries, YearValue } from './to-year-rows';

/*
 * What a screen reader hears of a chart, in the current language: call these while rendering a
 * component that uses `useT`, so that they are worded again when the language changes.
 */

const list = (items: readonly string[]) => items.join(t('ui.chart.separator'));

/** "Bar chart: projects per sector; Automotive 6, Digital 4." */
export function describeBars(what: string, bars: readonly { label: string; valueText: string }[]) {
  const items = list(bars.map((b) => `${b.label} ${b.valueText}`));
  return t('ui.chart.bars', { what, items: items || t('ui.chart.noData') });
}

/** A figure with its marks in words: "MYR 212.94B (Jan–Sep only, approximate)". */
export function describeValue(value: string, point: YearValue): string {
  const marks = [
    point.partial && t('ui.chart.marks.partial', { months: point.partial }),
    point.approximate && t('ui.chart.marks.approximate'),
    point.conflict && t('ui.chart.marks.conflict'),
  ].filter((mark): mark is string => Boolean(mark));
  return marks.length ? t('ui.chart.withMarks', { value, marks: list(marks) }) : value;
}

/**
 * "Line chart: …. Total: 2012 MYR 181B, 2017 MYR 212.94B (Jan–Sep only); no figure for
 * 2013–2016." Every figure with its marks, and the gaps named as gaps.
 */
export function describeYearLines(
  what: string,
  series: readonly YearSeries[],
  formatValue: (value: number) => string,
): string {
  const parts = series.map((s) => {
    const points = list(
      s.years
        .filter((y) => y.value !== null)
        .map((y) =>
          t('ui.chart.point', {
            year: String(y.year),
            value: describeValue(formatValue(y.value!), y),
          }),
        ),
    );
    const missing = s.years.filter((y) => y.value === null).map((y) => y.year);
    const values = { label: s.label, points: points || t('ui.chart.noFigures') };
    return missing.length
      ? t('ui.chart.seriesWithGaps', { ...values, years: formatYearList(missing) })
      : t('ui.chart.series', values);
  });
  return t('ui.chart.lines', { what, series: parts.join(' ') });
}
