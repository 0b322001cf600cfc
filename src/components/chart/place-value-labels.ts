import type { YearSeries } from './to-year-rows';

/** A box on the chart in px: a label's room, or something a label must not cover. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A label to be written beside its marker, in the order it should be tried. */
export interface ValuePoint {
  key: string;
  x: number;
  y: number;
  /** Its text and its width in px. */
  text: string;
  width: number;
}

/** A label that fits: its text centred on (x, y). */
export interface PlacedValue {
  key: string;
  x: number;
  y: number;
  text: string;
}

interface Room {
  /** The label's height in px (its font size and a little leading). */
  height: number;
  /** From a point's centre to the nearest edge of its label: the marker and a gap. */
  offset: number;
  /** Where labels may go: the chart's drawing, margins included. */
  bounds: Box;
  /** Markers and other labels that are there already. */
  obstacles: readonly Box[];
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Writes as many labels beside their markers as fit: each goes above its marker, else below,
 * else to its right or left, else is left out (the axis, the table and the screen reader still
 * give the figure). A label never covers a marker or another label and never leaves the
 * drawing; near an edge it moves inwards. Points come in order of importance, so that a
 * crowded chart keeps the labels that matter.
 */
export function placeValueLabels(points: readonly ValuePoint[], room: Room): PlacedValue[] {
  const { height, offset, bounds } = room;
  const taken: Box[] = [...room.obstacles];
  const placed: PlacedValue[] = [];
  for (const point of points) {
    const half = point.width / 2;
    const centred = Math.min(Math.max(point.x, bounds.left + half), bounds.right - half);
    const spots = [
      { x: centred, y: point.y - offset - height / 2 },
      { x: centred, y: point.y + offset + height / 2 },
      { x: point.x + offset + half, y: point.y },
      { x: point.x - offset - half, y: point.y },
    ];
    for (const { x, y } of spots) {
      const box = { left: x - half, right: x + half, top: y - height / 2, bottom: y + height / 2 };
      const outside =
        box.top < bounds.top ||
        box.bottom > bounds.bottom ||
        box.left < bounds.left ||
        box.right > bounds.right;
      if (outside || taken.some((other) => overlaps(box, other))) continue;
      taken.push(box);
      placed.push({ key: point.key, x, y, text: point.text });
      break;
    }
  }
  return placed;
}

/**
 * The order in which a chart's figures claim room for their labels: first each series' latest
 * figure and its latest whole year (where the story ends), then its highest and its first, then the rest from the latest
 * back, so that dropped labels alternate rather than leave a whole stretch bare. The first
 * series (the main one) goes first at each step.
 */
export function rankValuePoints(
  series: readonly YearSeries[],
): { seriesId: string; year: number; value: number }[] {
  const ranked = series.flatMap((s, index) => {
    const known = s.years.filter(
      (y): y is typeof y & { value: number } => y.value !== null && y.value !== undefined,
    );
    const last = known[known.length - 1];
    const lastWhole = known.findLast((y) => !y.partial);
    const first = known[0];
    const highest = known.reduce<(typeof known)[number] | undefined>(
      (best, y) => (!best || y.value > best.value ? y : best),
      undefined,
    );
    return known.map((y) => ({
      seriesId: s.id,
      year: y.year,
      value: y.value,
      tier: y === last || y === lastWhole ? 0 : y === highest || y === first ? 1 : 2,
      index,
    }));
  });
  return ranked
    .sort((a, b) => a.tier - b.tier || a.index - b.index || b.year - a.year)
    .map(({ seriesId, year, value }) => ({ seriesId, year, value }));
}
