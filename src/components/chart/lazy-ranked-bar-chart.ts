import { lazyWithRetry } from '../ui/lazy-with-retry';

/** Loaded lazily: recharts (~100 KiB) is never part of the first download. */
export const LazyRankedBarChart = lazyWithRetry(() =>
  import('./ranked-bar-chart').then((m) => ({ default: m.RankedBarChart })),
);
