import { lazyWithRetry } from '../ui/lazy-with-retry';

/** Loaded lazily: recharts (~100 KiB) is never part of the first download. */
export const LazyYearLineChart = lazyWithRetry(() =>
  import('./year-line-chart').then((m) => ({ default: m.YearLineChart })),
);
