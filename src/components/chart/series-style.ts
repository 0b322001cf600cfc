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
  /** Which words describe the line style in the legend (`chart.line.<line>`). */
  line: 'solid' | 'dashed' | 'dotted' | 'dashDot';
}

const STYLES: SeriesStyle[] = [
  { color: 0, dash: '', marker: 'circle', line: 'solid' },
  { color: 1, dash: '7 4', marker: 'square', line: 'dashed' },
  { color: 2, dash: '2 3', marker: 'diamond', line: 'dotted' },
  { color: 3, dash: '10 3 2 3', marker: 'triangle', line: 'dashDot' },
];

export function seriesStyle(index: number): SeriesStyle {
  return STYLES[index % STYLES.length]!;
}
