import { lazy } from 'react';

/*
 * The charts are the only modules that import recharts, and they are loaded lazily so that
 * recharts (~100 KiB) is never part of the first download. Views import the charts from here.
 */
export const LazyRankedBarChart = lazy(() =>
  import('./ranked-bar-chart').then((m) => ({ default: m.RankedBarChart })),
);

export const LazyYearLineChart = lazy(() =>
  import('./year-line-chart').then((m) => ({ default: m.YearLineChart })),
);

export type { RankedBar } from './ranked-bar-chart';
export type { YearSeries, YearValue } from './to-year-rows';
