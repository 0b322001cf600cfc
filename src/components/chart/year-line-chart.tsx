import { useMemo, useRef } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useT } from '@/i18n/use-t';
import { extent } from '@/lib/large-arrays';
import { SeriesDot, type DotProps } from './series-dot';
import { seriesStyle } from './series-style';
import {
  fullKey,
  markerKinds,
  niceTicks,
  partialLabels,
  partKey,
  toYearRows,
  type YearSeries,
  type YearValue,
} from './to-year-rows';
import { useChartAnimation } from './use-chart-animation';
import { useChartColors } from './use-chart-colors';
import { YearLineLegend } from './year-line-legend';
import { YearTooltip } from './year-tooltip';

interface Props {
  /** Every year of the x axis, gaps included. */
  years: number[];
  /** Series of ONE basis and currency: everything here shares one axis. */
  series: YearSeries[];
  /** Every figure of the chart in words (see describeYearLines). */
  ariaLabel: string;
  formatValue: (value: number) => string;
  /** What the values are in, shown above the axis (e.g. "MYR"), so that ticks stay short. */
  unit: string;
  height?: number;
}

type Lookup = Map<string, Map<number, YearValue>>;

/**
 * Yearly figures of one basis. Lines join whole years only and break where a year has no figure;
 * a part-year figure is a hollow marker labelled with its months; approximate figures carry "≈"
 * and disputed ones a dashed ring. Each series has its own dash and marker shape.
 */
export function YearLineChart({
  years,
  series,
  ariaLabel,
  formatValue,
  unit,
  height = 300,
}: Props) {
  const { t, locale } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const colors = useChartColors(ref);
  const animate = useChartAnimation();
  const formatTick = useMemo(() => compactFormat(locale), [locale]);
  const rows = useMemo(() => toYearRows(years, series), [years, series]);
  const lookup: Lookup = useMemo(
    () => new Map(series.map((s) => [s.id, new Map(s.years.map((y) => [y.year, y]))])),
    [series],
  );
  const kinds = useMemo(() => markerKinds(series), [series]);
  const edgeOf = (year: number) =>
    year === years[0] ? 'first' : year === years[years.length - 1] ? 'last' : undefined;
  const labels = useMemo(() => partialLabels(series), [series]);
  const ticks = useMemo(
    () =>
      niceTicks(
        Math.max(0, extent(series.flatMap((s) => s.years.map((y) => y.value ?? 0)))?.[1] ?? 0),
      ),
    [series],
  );
  return (
    <div ref={ref} className="year-line-chart">
      <p className="year-line-chart__unit" aria-hidden="true">
        {unit}
      </p>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={rows}
          role="img"
          aria-label={ariaLabel}
          accessibilityLayer
          margin={{ top: 22, right: 34, bottom: 4, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis
            dataKey="year"
            tick={{ fill: colors.muted, fontSize: 12 }}
            stroke={colors.grid}
            interval="preserveStartEnd"
            minTickGap={8}
          />
          <YAxis
            tickFormatter={formatTick}
            tick={{ fill: colors.muted, fontSize: 12 }}
            stroke={colors.grid}
            width={44}
            ticks={ticks}
            domain={[0, ticks[ticks.length - 1]!]}
            interval={0}
          />
          <Tooltip
            filterNull={false}
            isAnimationActive={animate}
            content={(props) => (
              <YearTooltip
                active={props.active}
                label={props.label}
                series={series}
                lookup={lookup}
                formatValue={formatValue}
                colors={colors}
              />
            )}
          />
          {series.flatMap((s, i) => {
            const style = seriesStyle(i);
            const color = colors.series[style.color]!;
            const dot = (partial: boolean) => (props: DotProps) => (
              <SeriesDot
                key={`${s.id}-${props.index}-${partial}`}
                {...props}
                point={lookup.get(s.id)?.get(Number((props.payload as { year: number }).year))}
                shape={style.marker}
                color={color}
                colors={colors}
                partial={partial}
                label={
                  partial ? labels.get(Number((props.payload as { year: number }).year)) : undefined
                }
                seriesId={s.id}
                edge={edgeOf(Number((props.payload as { year: number }).year))}
              />
            );
            return [
              <Line
                key={fullKey(s.id)}
                type="linear"
                dataKey={fullKey(s.id)}
                name={s.label}
                stroke={color}
                strokeWidth={2.5}
                strokeDasharray={style.dash || undefined}
                connectNulls={false}
                dot={dot(false)}
                activeDot={dot(false)}
                isAnimationActive={animate}
              />,
              <Line
                key={partKey(s.id)}
                type="linear"
                dataKey={partKey(s.id)}
                name={t('chart.partOfYear', { label: s.label })}
                stroke="none"
                legendType="none"
                connectNulls={false}
                dot={dot(true)}
                activeDot={dot(true)}
                isAnimationActive={animate}
              />,
            ];
          })}
        </LineChart>
      </ResponsiveContainer>
      <YearLineLegend series={series} colors={colors} kinds={kinds} />
    </div>
  );
}

/** Ticks without the currency (it is written above the axis), in the reader's numbers: "300B". */
function compactFormat(locale: string): (value: number) => string {
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  return (value) => compact.format(value);
}
