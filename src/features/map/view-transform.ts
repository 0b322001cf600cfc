/**
 * The map's zoom and pan as one transform: a point drawn at `p` (pixels at the first view) shows
 * at `p · k + (x, y)`. Pure functions, so wheel, pinch, drag, buttons and keys all go through the
 * same few lines, and the limits hold whichever way the reader moves.
 */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export type PixelBox = [[number, number], [number, number]];

export interface Size {
  width: number;
  height: number;
}

export const FIRST_VIEW: ViewTransform = { k: 1, x: 0, y: 0 };
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 32;

/** Zooms by `factor`, keeping the point under `[px, py]` (e.g. the pointer) where it is. */
export function zoomAt(view: ViewTransform, factor: number, [px, py]: [number, number]) {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const ratio = k / view.k;
  return { k, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio };
}

export function panBy(view: ViewTransform, dx: number, dy: number): ViewTransform {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/**
 * Keeps the drawn area (`bounds`, pixels at the first view) covering the screen: the reader can
 * never pan off into blank space. Along a side where the area is smaller than the screen, it is centred.
 */
export function clampView(view: ViewTransform, size: Size, bounds: PixelBox): ViewTransform {
  const [[x0, y0], [x1, y1]] = bounds;
  const axis = (t: number, low: number, high: number, length: number) => {
    const start = low * view.k;
    const end = high * view.k;
    if (end - start <= length) return (length - start - end) / 2;
    return Math.min(-start, Math.max(length - end, t));
  };
  return {
    k: view.k,
    x: axis(view.x, x0, x1, size.width),
    y: axis(view.y, y0, y1, size.height),
  };
}

/** The view that shows `box` (pixels at the first view) with `padding` around it, zoomed at most `maxZoom`. */
export function viewOfBox(box: PixelBox, size: Size, padding: number, maxZoom = MAX_ZOOM) {
  const [[x0, y0], [x1, y1]] = box;
  const fitX = (size.width - 2 * padding) / Math.max(x1 - x0, 1e-9);
  const fitY = (size.height - 2 * padding) / Math.max(y1 - y0, 1e-9);
  const k = Math.max(MIN_ZOOM, Math.min(maxZoom, fitX, fitY));
  return {
    k,
    x: size.width / 2 - ((x0 + x1) / 2) * k,
    y: size.height / 2 - ((y0 + y1) / 2) * k,
  };
}

/** Where a point drawn at `[x, y]` in the first view shows now. */
export function toScreen(view: ViewTransform, x: number, y: number): [number, number] {
  return [x * view.k + view.x, y * view.k + view.y];
}
