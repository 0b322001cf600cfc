import { useMemo, useRef } from 'react';
import { markerKinds, type YearSeries } from './to-year-rows';
import { useChartColors } from './use-chart-colors';
import { YearLineLegend } from './year-line-legend';

interface Props {
  series: YearSeries[];
  unit: string;
  /** The drawing's height in px, as the chart will have it. */
  height: number;
}

/**
 * The line chart's place before it is drawn: its unit, an empty plot of the drawing's height and
 * its legend, laid out exactly as the chart will be (the legend wraps differently at every width,
 * so no fixed height can stand in for it). The chart then takes its place without moving anything.
 */
export function YearLineSkeleton({ series, unit, height }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const colors = useChartColors(ref);
  const kinds = useMemo(() => markerKinds(series), [series]);
  return (
    <div ref={ref} className="year-line-chart" aria-hidden="true">
      <p className="year-line-chart__unit">{unit}</p>
      <div className="year-line-chart__plot" style={{ height }} />
      <YearLineLegend series={series} colors={colors} kinds={kinds} />
    </div>
  );
}
