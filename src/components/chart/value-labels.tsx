import { useMemo } from 'react';
import { useChartWidth, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { placeValueLabels, rankValuePoints, type Box } from './place-value-labels';
import { markerSize } from './series-dot';
import { measureTextWidth } from './text-width';
import type { YearSeries } from './to-year-rows';
import type { ChartColors } from './use-chart-colors';

interface Props {
  series: YearSeries[];
  /** A figure as written on its point, short: "484bn" (the chart's title gives the unit). */
  formatLabel: (value: number) => string;
  colors: ChartColors;
  /** The months of part-year figures, one label per year (partialLabels). */
  months: Map<number, { id: string; text: string }>;
}

/**
 * The figures written on a line chart's points, for a room that cannot hover, with the months
 * of part-year figures: as many as fit without covering a marker or each other, the months
 * first and then the most telling figures (placeValueLabels). Drawn inside the chart, where
 * recharts gives the axes' scales.
 */
export function ValueLabels({ series, formatLabel, colors, months }: Props) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const width = useChartWidth() ?? 0;
  const plot = usePlotArea();
  const font = colors.fontSize;
  const placed = useMemo(() => {
    if (!x || !y || !plot || width === 0) return [];
    const at = (year: number, value: number) => ({ x: x(year) ?? NaN, y: y(value) ?? NaN });
    const size = markerSize(colors) + 2;
    const obstacles: Box[] = [];
    const monthLabels = [];
    for (const s of series)
      for (const point of s.years) {
        if (point.value === null) continue;
        const p = at(point.year, point.value);
        obstacles.push({
          left: p.x - size,
          right: p.x + size,
          top: p.y - size,
          bottom: p.y + size,
        });
        // The "≈" of an approximate figure, up and to the left of its marker.
        if (point.approximate)
          obstacles.push({
            left: p.x - size - font,
            right: p.x,
            top: p.y - size - font,
            bottom: p.y,
          });
        const label = months.get(point.year);
        if (label?.id === s.id)
          monthLabels.push({
            key: `months-${point.year}`,
            ...p,
            text: label.text,
            width: measureTextWidth(label.text, font) + 4,
            months: true,
          });
      }
    const figures = rankValuePoints(series).map(({ seriesId, year, value }) => {
      const text = formatLabel(value);
      return {
        key: `${seriesId}-${year}`,
        ...at(year, value),
        text,
        width: measureTextWidth(text, font, 600) + 4,
        months: false,
      };
    });
    const labels = [...monthLabels, ...figures];
    const kinds = new Map(labels.map((l) => [l.key, l.months]));
    return placeValueLabels(
      labels.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
      {
        height: Math.ceil(font * 1.2),
        offset: markerSize(colors) + 3,
        // Over the top margin and up to the right edge, but clear of the axes' ticks.
        bounds: { left: plot.x, top: 0, right: width, bottom: plot.y + plot.height },
        obstacles,
      },
    ).map((label) => ({ ...label, months: kinds.get(label.key) === true }));
  }, [x, y, width, plot, series, formatLabel, colors, months, font]);
  return (
    <g className="value-labels">
      {placed.map((label) => (
        // A halo in the background colour keeps the figure readable where it crosses a line.
        <text
          key={label.key}
          x={label.x}
          y={label.y}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={font}
          fontWeight={label.months ? 400 : 600}
          fill={colors.text}
          stroke={colors.background}
          strokeWidth={4}
          paintOrder="stroke"
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}
