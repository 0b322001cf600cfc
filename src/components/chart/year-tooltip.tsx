import type { Translate } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';
import { describeValue } from './describe-chart';
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
  const { t } = useT();
  if (!active || label === undefined) return null;
  const year = Number(label);
  return (
    <div
      className="chart-tooltip"
      role="status"
      style={{ background: colors.background, borderColor: colors.grid, color: colors.text }}
    >
      <p className="chart-tooltip__year">{t('chart.year', { year: String(year) })}</p>
      <ul>
        {series.map((s) => (
          <li key={s.id}>
            {t('ui.pair', {
              label: s.label,
              value: describe(lookup.get(s.id)?.get(year), formatValue, t),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function describe(
  point: YearValue | undefined,
  format: (v: number) => string,
  t: Translate,
): string {
  if (!point || point.value === null) return t('chart.noFigure');
  return describeValue(`${point.approximate ? '≈ ' : ''}${format(point.value)}`, point, t);
}
