import type { YearRange } from './timeline-filters';

/** Zoom and pan work in whole years, because `from` and `to` (the zoom, kept in the URL) are years. */

function spanOf(range: YearRange): number {
  return range.to - range.from + 1;
}

/** Keeps a range of the same length inside the data's years, shifting it rather than cutting it. */
function clamp(range: YearRange, extent: YearRange): YearRange {
  const span = spanOf(range);
  if (span >= spanOf(extent)) return { ...extent };
  if (range.from < extent.from) return { from: extent.from, to: extent.from + span - 1 };
  if (range.to > extent.to) return { from: extent.to - span + 1, to: extent.to };
  return range;
}

/** Half as many years, around the same middle; a single year is as far as it goes. */
export function zoomIn(range: YearRange): YearRange {
  const span = spanOf(range);
  if (span <= 1) return range;
  const next = Math.max(1, Math.floor(span / 2));
  const from = range.from + Math.floor((span - next) / 2);
  return { from, to: from + next - 1 };
}

/** Twice as many years, around the same middle, never beyond the data's years. */
export function zoomOut(range: YearRange, extent: YearRange): YearRange {
  const span = spanOf(range);
  const next = span * 2;
  const from = range.from - Math.floor((next - span) / 2);
  return clamp({ from, to: from + next - 1 }, extent);
}

/** Moves by half the span (at least a year) towards earlier (-1) or later (+1) years. */
export function pan(range: YearRange, extent: YearRange, direction: -1 | 1): YearRange {
  const step = Math.max(1, Math.floor(spanOf(range) / 2)) * direction;
  return clamp({ from: range.from + step, to: range.to + step }, extent);
}

export function canZoomIn(range: YearRange): boolean {
  return spanOf(range) > 1;
}

export function isFullExtent(range: YearRange, extent: YearRange): boolean {
  return range.from <= extent.from && range.to >= extent.to;
}

/** "2017–2019", or "2024" for a single year. */
export function formatRange(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}
