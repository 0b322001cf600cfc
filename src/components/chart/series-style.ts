/**
 * How series differ besides colour: each has its own line dash and marker shape, so that a
 * reader who cannot tell the colours apart (or prints in grey) still can tell the lines apart.
 */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

export interface SeriesStyle {
  /** Index into the chart colours. */
  color: number;
  dash: string;
  marker: MarkerShape;
  /** Words for the line style, for the legend's text. */
  lineName: string;
}

const STYLES: SeriesStyle[] = [
  { color: 0, dash: '', marker: 'circle', lineName: 'solid line, round markers' },
  { color: 1, dash: '7 4', marker: 'square', lineName: 'dashed line, square markers' },
  { color: 2, dash: '2 3', marker: 'diamond', lineName: 'dotted line, diamond markers' },
  { color: 3, dash: '10 3 2 3', marker: 'triangle', lineName: 'dash-dot line, triangle markers' },
];

export function seriesStyle(index: number): SeriesStyle {
  return STYLES[index % STYLES.length]!;
}
