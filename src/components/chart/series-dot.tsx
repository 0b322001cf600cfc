import { ChartMarker } from './chart-marker';
import type { MarkerShape } from './series-style';
import type { YearValue } from './to-year-rows';
import type { ChartColors } from './use-chart-colors';

type Edge = 'first' | 'last' | undefined;

/** A marker's half-size: 5 px beside 12 px ticks, larger with larger type (a slide). */
export const markerSize = (colors: ChartColors) => Math.round((colors.fontSize * 5) / 12);

/**
 * Where a part-year marker's months go: above it, anchored inwards at the axis' first and last
 * year so that the label is not cut off.
 */
function monthsLabelPlace(x: number, y: number, edge: Edge, colors: ChartColors) {
  const anchor = edge === 'last' ? 'end' : edge === 'first' ? 'start' : 'middle';
  const dx = edge === 'last' ? 6 : edge === 'first' ? -6 : 0;
  return { x: x + dx, y: y - markerSize(colors) - 7, anchor } as const;
}

/** The props recharts gives both a dot and an active dot that the markers use. */
export interface DotProps {
  cx?: number;
  cy?: number;
  value?: unknown;
  payload?: unknown;
  index?: number;
}

/**
 * A year's marker: filled for a whole year, hollow for part of one (with the months as a label
 * on one marker per year), "≈" for an approximate figure, a dashed ring where sources disagree.
 */
export function SeriesDot({
  cx,
  cy,
  value,
  point,
  shape,
  color,
  colors,
  partial,
  label,
  seriesId,
  edge,
}: DotProps & {
  point: YearValue | undefined;
  shape: MarkerShape;
  color: string;
  colors: ChartColors;
  partial: boolean;
  label: { id: string; text: string } | undefined;
  seriesId: string;
  /** First or last year of the axis: the label is anchored inwards so that it is not cut off. */
  edge: Edge;
}) {
  if (value == null || cx == null || cy == null || !point) return null;
  const x = Number(cx);
  const y = Number(cy);
  const size = markerSize(colors);
  const months = monthsLabelPlace(x, y, edge, colors);
  return (
    <g>
      {point.conflict && (
        <circle
          cx={x}
          cy={y}
          r={size * 2}
          fill="none"
          stroke={colors.text}
          strokeWidth={1.5}
          strokeDasharray="3 2"
        />
      )}
      <ChartMarker
        shape={shape}
        x={x}
        y={y}
        color={color}
        hollowFill={partial ? colors.background : undefined}
        size={size}
      />
      {point.approximate && (
        <text
          x={x - size - 4}
          y={y - size - 2}
          textAnchor="end"
          fontSize={colors.fontSize + 2}
          fontWeight={700}
          fill={colors.text}
        >
          ≈
        </text>
      )}
      {label?.id === seriesId && (
        // A halo in the background colour keeps the label readable where it crosses a line.
        <text
          x={months.x}
          y={months.y}
          textAnchor={months.anchor}
          fontSize={colors.fontSize}
          fill={colors.text}
          stroke={colors.background}
          strokeWidth={3}
          paintOrder="stroke"
        >
          {label.text}
        </text>
      )}
    </g>
  );
}
