import { lazy } from 'react';

/** Loaded lazily: recharts (~100 KiB) is never part of the first download. */
export const LazyRankedBarChart = lazy(() =>
  import('./ranked-bar-chart').then((m) => ({ default: m.RankedBarChart })),
);

export type { RankedBar } from './ranked-bar-chart';
