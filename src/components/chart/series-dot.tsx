import { ChartMarker } from './chart-marker';
import type { MarkerShape } from './series-style';
import type { YearValue } from './to-year-rows';
import type { ChartColors } from './use-chart-colors';

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
  edge: 'first' | 'last' | undefined;
}) {
  if (value == null || cx == null || cy == null || !point) return null;
  const x = Number(cx);
  const y = Number(cy);
  return (
    <g>
      {point.conflict && (
        <circle
          cx={x}
          cy={y}
          r={10}
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
      />
      {point.approximate && (
        <text
          x={x - 9}
          y={y - 7}
          textAnchor="end"
          fontSize={14}
          fontWeight={700}
          fill={colors.text}
        >
          ≈
        </text>
      )}
      {label?.id === seriesId && (
        // A halo in the background colour keeps the label readable where it crosses a line.
        <text
          x={x}
          y={y - 12}
          textAnchor={edge === 'last' ? 'end' : edge === 'first' ? 'start' : 'middle'}
          dx={edge === 'last' ? 6 : edge === 'first' ? -6 : 0}
          fontSize={11}
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
