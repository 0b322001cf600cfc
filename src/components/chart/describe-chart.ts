import { formatYearList } from '../../lib/year-list';
import type { YearSeries } from './to-year-rows';

/** "Bar chart: projects per sector; Automotive 6, Digital 4." — what a screen reader hears. */
export function describeBars(what: string, bars: readonly { label: string; valueText: string }[]) {
  const items = bars.map((b) => `${b.label} ${b.valueText}`).join(', ');
  return `Bar chart: ${what}; ${items || 'no data'}.`;
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
    const points = s.years
      .filter((y) => y.value !== null)
      .map((y) => {
        const marks = [
          y.partial && `${y.partial} only`,
          y.approximate && 'approximate',
          y.conflict && 'sources disagree',
        ].filter(Boolean);
        return `${y.year} ${formatValue(y.value!)}${marks.length ? ` (${marks.join(', ')})` : ''}`;
      });
    const missing = s.years.filter((y) => y.value === null).map((y) => y.year);
    const gaps = missing.length ? `; no figure for ${formatYearList(missing)}` : '';
    return `${s.label}: ${points.join(', ') || 'no figures'}${gaps}.`;
  });
  return `Line chart: ${what}. ${parts.join(' ')}`;
}
