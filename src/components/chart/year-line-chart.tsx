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
import { numberFormat } from '@/lib/intl-formats';
import { extent } from '@/lib/large-arrays';
import { markerSize, SeriesDot, type DotProps } from './series-dot';
import { seriesStyle } from './series-style';
import { measureTextWidth } from './text-width';
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
import { ValueLabels } from './value-labels';
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
  /** The drawing's height in px, or 'fill' for the height its box has left (a slide). */
  height?: number | 'fill';
  /**
   * Writes the figures on the points ("484bn": the title gives the unit), for a room that cannot
   * hover; as many as fit. Without it the figures are in the tooltip and the table.
   */
  valueLabels?: boolean;
  /**
   * The legend: in full; in few words where room is short (a slide; a lone series is then named
   * by the title alone); or only the series, where the marks are explained once for several charts.
   */
  legend?: 'full' | 'short' | 'series';
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
  valueLabels = false,
  legend = 'full',
}: Props) {
  const { t, locale } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const colors = useChartColors(ref);
  const animate = useChartAnimation();
  const formatTick = useMemo(() => compactFormat(locale, { maximumFractionDigits: 1 }), [locale]);
  const formatLabel = useMemo(
    () => compactFormat(locale, { maximumSignificantDigits: 3 }),
    [locale],
  );
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
  const font = colors.fontSize;
  const scale = font / 12;
  // Room for the widest tick, and never less than the dashboard's 44 px at 12 px type.
  const axisWidth = Math.max(
    Math.round(44 * scale),
    ...ticks.map((tick) => measureTextWidth(formatTick(tick), font) + 10),
  );
  const fill = height === 'fill';
  // Above the highest point: room for its months, or for its figure when figures are written.
  const top = valueLabels
    ? Math.ceil(1.2 * font + markerSize(colors) + 8)
    : Math.round(font + 10 * scale);
  return (
    <div ref={ref} className={`year-line-chart${fill ? ' year-line-chart--fill' : ''}`}>
      <p className="year-line-chart__unit" aria-hidden="true">
        {unit}
      </p>
      <ResponsiveContainer
        className="year-line-chart__plot"
        width="100%"
        height={fill ? '100%' : height}
      >
        <LineChart
          data={rows}
          role="img"
          aria-label={ariaLabel}
          accessibilityLayer
          margin={{ top, right: Math.round(34 * scale), bottom: 4, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis
            dataKey="year"
            tick={{ fill: colors.muted, fontSize: font }}
            stroke={colors.grid}
            interval="preserveStartEnd"
            minTickGap={Math.round(8 * scale)}
          />
          <YAxis
            tickFormatter={formatTick}
            tick={{ fill: colors.muted, fontSize: font }}
            stroke={colors.grid}
            width={axisWidth}
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
                // With figures written, the months are placed with them (ValueLabels).
                label={
                  partial && !valueLabels
                    ? labels.get(Number((props.payload as { year: number }).year))
                    : undefined
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
          {valueLabels && (
            <ValueLabels
              series={series}
              formatLabel={formatLabel}
              colors={colors}
              months={labels}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
      <YearLineLegend
        series={series}
        colors={colors}
        kinds={kinds}
        short={legend !== 'full'}
        marks={legend !== 'series'}
      />
    </div>
  );
}

/** Ticks and labels without the currency (it is written above the axis or in the title): "300bn". */
function compactFormat(
  locale: string,
  digits: Pick<Intl.NumberFormatOptions, 'maximumFractionDigits' | 'maximumSignificantDigits'>,
): (value: number) => string {
  const compact = numberFormat(locale, { notation: 'compact', ...digits });
  return (value) => compact.format(value);
}
