import { useRef } from 'react';
import {
  Bar,
  BarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { extent } from '@/lib/large-arrays';
import { FittedLabel } from './fitted-label';
import { measureTextWidth } from './text-width';
import { useChartAnimation } from './use-chart-animation';
import { useChartColors, type ChartColors } from './use-chart-colors';

interface RankedBar {
  id: string;
  label: string;
  value: number;
  /** The value as the reader sees it, e.g. "6" or "MYR 50.27B". */
  valueText: string;
}

interface Props {
  bars: RankedBar[];
  /** What the chart shows with every value, read by screen readers (see describeBars). */
  ariaLabel: string;
  /** A click on a bar (a pointer shortcut; the page gives the same destination as a link). */
  onSelect?: (id: string) => void;
  /**
   * 'fill' spreads the bars over the height of the box the chart is in (a slide); otherwise each
   * bar has a row of its own height and the chart is as tall as its bars.
   */
  height?: 'rows' | 'fill';
}

/** A row's height and a bar's thickness at the dashboard's 12 px: name, gap, bar, gap. */
const ROW = 46;
const BAR = 16;

/**
 * Horizontal bars, largest first, each with its name above it and its value at its end: long
 * names stay readable on a phone, and every value is printed, never only on hover.
 */
export function RankedBarChart({ bars, ariaLabel, onSelect, height = 'rows' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const colors = useChartColors(ref);
  const animate = useChartAnimation();
  // Names and values a step above the ticks of other charts: they are the chart's only text.
  const font = colors.fontSize + 1;
  const scale = colors.fontSize / 12;
  const right = (extent(bars.map((b) => measureTextWidth(b.valueText, font, 600)))?.[1] ?? 0) + 12;
  const fill = height === 'fill';
  // Filling a box, the bars share its height; the gap between two bars holds the next name.
  const gap = Math.ceil(font * 1.5);
  const layout = fill
    ? { barCategoryGap: gap / 2, maxBarSize: Math.round(BAR * scale * 1.5), barSize: undefined }
    : { barSize: Math.round(BAR * scale) };
  return (
    <div ref={ref} className={`ranked-bar-chart${fill ? ' ranked-bar-chart--fill' : ''}`}>
      <ResponsiveContainer
        width="100%"
        height={fill ? '100%' : bars.length * Math.round(ROW * scale) + 8}
      >
        <BarChart
          data={bars}
          layout="vertical"
          role="img"
          aria-label={ariaLabel}
          accessibilityLayer
          margin={{ top: fill ? Math.ceil(font * 0.6) : 4, right, bottom: 4, left: 0 }}
          {...layout}
        >
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="label" hide />
          <Tooltip
            cursor={{ fill: colors.grid, fillOpacity: 0.35 }}
            contentStyle={{
              background: colors.background,
              borderColor: colors.grid,
              color: colors.text,
            }}
            formatter={(_value, _name, item) => [(item.payload as RankedBar).valueText, null]}
            separator=""
          />
          <Bar
            dataKey="value"
            fill={colors.series[0]}
            isAnimationActive={animate}
            cursor={onSelect ? 'pointer' : undefined}
            onClick={onSelect ? (_data, index) => onSelect(bars[index]!.id) : undefined}
            shape={(props: BarShapeProps) => (
              <LabelledBar
                {...props}
                colors={colors}
                bar={bars[props.index]!}
                right={right}
                font={font}
              />
            )}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function LabelledBar({
  x,
  y,
  width,
  height,
  background,
  colors,
  bar,
  right,
  font,
}: BarShapeProps & { colors: ChartColors; bar: RankedBar; right: number; font: number }) {
  const left = Number(x);
  const top = Number(y);
  const w = Math.max(Number(width), bar.value > 0 ? 2 : 0);
  const h = Number(height);
  // The name may run over the space kept for values on the right, up to the edge.
  const room = Number(background?.width ?? 0) + right - 4;
  return (
    <g>
      <FittedLabel
        x={left}
        y={top - 5}
        maxWidth={room}
        text={bar.label}
        fontSize={font}
        fill={colors.text}
      />
      <rect x={left} y={top} width={w} height={h} fill={colors.series[0]} rx={2} />
      <text
        x={left + w + 6}
        y={top + h / 2}
        dominantBaseline="central"
        fontSize={font}
        fontWeight={600}
        fill={colors.text}
      >
        {bar.valueText}
      </text>
    </g>
  );
}
