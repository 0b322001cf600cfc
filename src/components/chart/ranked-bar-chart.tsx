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
}

const ROW = 46;
const BAR = 16;
const FONT = 13;

/**
 * Horizontal bars, largest first, each with its name above it and its value at its end: long
 * names stay readable on a phone, and every value is printed, never only on hover.
 */
export function RankedBarChart({ bars, ariaLabel, onSelect }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const colors = useChartColors(ref);
  const animate = useChartAnimation();
  const longest = Math.max(1, extent(bars.map((b) => b.valueText.length))?.[1] ?? 1);
  const right = Math.ceil(longest * FONT * 0.62) + 12;
  return (
    <div ref={ref} className="ranked-bar-chart">
      <ResponsiveContainer width="100%" height={bars.length * ROW + 8}>
        <BarChart
          data={bars}
          layout="vertical"
          role="img"
          aria-label={ariaLabel}
          accessibilityLayer
          margin={{ top: 4, right, bottom: 4, left: 0 }}
          barSize={BAR}
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
              <LabelledBar {...props} colors={colors} bar={bars[props.index]!} right={right} />
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
}: BarShapeProps & { colors: ChartColors; bar: RankedBar; right: number }) {
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
        fontSize={FONT}
        fill={colors.text}
      />
      <rect x={left} y={top} width={w} height={h} fill={colors.series[0]} rx={2} />
      <text
        x={left + w + 6}
        y={top + h / 2}
        dominantBaseline="central"
        fontSize={FONT}
        fontWeight={600}
        fill={colors.text}
      >
        {bar.valueText}
      </text>
    </g>
  );
}
