import type { MapShapes } from './shape-types';

let shapes: Promise<MapShapes> | undefined;

/**
 * The outlines, fetched as their own chunk the first time a map is drawn (never in the first
 * download), and the same promise afterwards so that `use()` can suspend on it.
 */
export function loadMapShapes(): Promise<MapShapes> {
  shapes ??= import('./map-shapes.json').then(
    (m) => m.default as unknown as MapShapes,
    (error: unknown) => {
      // A failed fetch (a flaky network) is tried again next time, not remembered.
      shapes = undefined;
      throw error;
    },
  );
  return shapes;
}
