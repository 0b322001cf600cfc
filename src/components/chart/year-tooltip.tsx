import type { YearSeries, YearValue } from './to-year-rows';
import type { ChartColors } from './use-chart-colors';

interface Props {
  /** Given by recharts: whether the tooltip is showing, and the year under the pointer or focus. */
  active?: boolean;
  label?: unknown;
  series: YearSeries[];
  lookup: Map<string, Map<number, YearValue>>;
  formatValue: (value: number) => string;
  colors: ChartColors;
}

/**
 * One year's figures in words, every series listed — "no figure" for a gap — so that keyboard
 * and screen-reader users moving through the years hear each year, gaps included.
 */
export function YearTooltip({ active, label, series, lookup, formatValue, colors }: Props) {
  if (!active || label === undefined) return null;
  const year = Number(label);
  return (
    <div
      className="chart-tooltip"
      role="status"
      style={{ background: colors.background, borderColor: colors.grid, color: colors.text }}
    >
      <p className="chart-tooltip__year">Year {year}</p>
      <ul>
        {series.map((s) => (
          <li key={s.id}>
            {s.label}: {describe(lookup.get(s.id)?.get(year), formatValue)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function describe(point: YearValue | undefined, format: (v: number) => string): string {
  if (!point || point.value === null) return 'no figure';
  const marks = [
    point.partial && `${point.partial} only`,
    point.approximate && 'approximate',
    point.conflict && 'sources disagree',
  ].filter(Boolean);
  const value = `${point.approximate ? '≈ ' : ''}${format(point.value)}`;
  return marks.length ? `${value} (${marks.join(', ')})` : value;
}
