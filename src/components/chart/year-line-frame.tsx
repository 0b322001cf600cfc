import type { ComponentProps } from 'react';
import { useT } from '@/i18n/use-t';
import { ChartFrame } from './chart-frame';
import { describeYearLines } from './describe-chart';
import { LazyYearLineChart } from './lazy-year-line-chart';
import type { YearSeries } from './to-year-rows';

interface Props extends Omit<ComponentProps<typeof ChartFrame>, 'chart'> {
  /** Every year of the x axis, gaps included. */
  years: number[];
  /** Series of one basis and currency. */
  series: YearSeries[];
  formatValue: (value: number) => string;
  /** What the values are in, e.g. "MYR". */
  unit: string;
  /** The drawing's own height (the line chart's default where not given). */
  lineHeight?: number;
}

/** Yearly figures in the chart frame, every figure read out to screen readers. */
export function YearLineFrame({ years, series, formatValue, unit, lineHeight, ...frame }: Props) {
  const { t } = useT();
  return (
    <ChartFrame
      {...frame}
      chart={
        <LazyYearLineChart
          years={years}
          series={series}
          height={lineHeight}
          ariaLabel={describeYearLines(frame.title, series, formatValue, t)}
          formatValue={formatValue}
          unit={unit}
        />
      }
    />
  );
}
