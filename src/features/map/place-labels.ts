import type { Size, ViewTransform } from './view-transform';

/** A name that could go on the map, at its first-view position. */
export interface LabelCandidate {
  id: string;
  name: string;
  kind: 'country' | 'region';
  focus: boolean;
  x: number;
  y: number;
  /** The shape's size in first-view pixels: a name goes on only when the shape is big enough for it. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  name: string;
  kind: 'country' | 'region';
  x: number;
  y: number;
}

type Box = [number, number, number, number];

/** Rough text widths, so labels can be placed without measuring the DOM. */
const CHAR_WIDTH = { region: 0.58, country: 0.72 };
/** Chinese characters (the names in Chinese) are a full em wide. */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

function textWidthOf(name: string, kind: LabelCandidate['kind'], fontPx: number): number {
  let ems = 0;
  for (const char of name) ems += WIDE.test(char) ? 1 : CHAR_WIDTH[kind];
  return ems * fontPx;
}

/**
 * The names to show at this zoom: a name goes on when its shape is wide enough on screen and it
 * overlaps no marker and no name already placed. The frame's own regions (Malaysia's states) go first, biggest
 * first; neighbouring countries after. Zooming in reveals the small ones (Kuala Lumpur, Putrajaya).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  view: ViewTransform,
  size: Size,
  /** Screen boxes `[x0, y0, x1, y1]` a name must not cover (the markers). */
  obstacles: readonly Box[] = [],
  fontPx = 12,
): PlacedLabel[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      Number(b.kind === 'region') - Number(a.kind === 'region') ||
      Number(b.focus) - Number(a.focus) ||
      b.width * b.height - a.width * a.height ||
      a.id.localeCompare(b.id),
  );
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const c of ordered) {
    const textWidth = textWidthOf(c.name, c.kind, fontPx);
    if (c.width * view.k < textWidth * 0.6 || c.height * view.k < fontPx) continue;
    const x = c.x * view.k + view.x;
    // Where the name does not fit at its spot, a line above or below will do.
    for (const dy of [0, -(fontPx + 2), fontPx + 2]) {
      // Only a tall shape keeps a shifted name inside itself.
      if (dy !== 0 && c.height * view.k < 4 * fontPx) break;
      const y = c.y * view.k + view.y + dy;
      const box: Box = [
        x - textWidth / 2 - 3,
        y - fontPx / 2 - 3,
        x + textWidth / 2 + 3,
        y + fontPx / 2 + 3,
      ];
      if (box[0] < 0 || box[1] < 0 || box[2] > size.width || box[3] > size.height) continue;
      if (taken.some((t) => box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]))
        continue;
      taken.push(box);
      placed.push({ id: c.id, name: c.name, kind: c.kind, x, y });
      break;
    }
  }
  return placed;
}
