import type { ComponentProps } from 'react';
import { useT } from '@/i18n/use-t';
import { ChartFrame } from './chart-frame';
import { describeYearLines } from './describe-chart';
import { LazyYearLineChart } from './lazy-year-line-chart';
import type { YearSeries } from './to-year-rows';
import { YearLineSkeleton } from './year-line-skeleton';

interface Props extends Omit<ComponentProps<typeof ChartFrame>, 'chart'> {
  /** Every year of the x axis, gaps included. */
  years: number[];
  /** Series of one basis and currency. */
  series: YearSeries[];
  formatValue: (value: number) => string;
  /** What the values are in, e.g. "MYR". */
  unit: string;
  /** The drawing's own height. */
  lineHeight?: number;
}

const DEFAULT_HEIGHT = 300;

/** Yearly figures in the chart frame, every figure read out to screen readers. */
export function YearLineFrame({
  years,
  series,
  formatValue,
  unit,
  lineHeight = DEFAULT_HEIGHT,
  ...frame
}: Props) {
  const { t } = useT();
  return (
    <ChartFrame
      {...frame}
      placeholder={<YearLineSkeleton series={series} unit={unit} height={lineHeight} />}
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
