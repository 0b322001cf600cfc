/** Chinese characters and full-width forms are a full em wide. */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
const CAPITAL = /[A-Z$€£¥₩]/u;
const NARROW = /[\s.,:;'’|!()]/u;

/**
 * A chart label's width in px, estimated without the DOM so that margins can be worked out before
 * drawing (and in tests). Errs on the wide side: a label given too much room costs a few pixels,
 * one given too little is cut off or overlaps.
 */
function estimateTextWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const char of text)
    ems += WIDE.test(char) ? 1 : CAPITAL.test(char) ? 0.72 : NARROW.test(char) ? 0.36 : 0.62;
  return Math.ceil(ems * fontPx);
}

let context: CanvasRenderingContext2D | null | undefined;

/**
 * A label's width as the browser will draw it, in the page's font (fonts differ a lot between
 * machines: a projector laptop's is not the developer's). The estimate where nothing can
 * measure (jsdom).
 */
export function measureTextWidth(text: string, fontPx: number, weight = 400): number {
  if (context === undefined)
    context =
      typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent)
        ? null
        : document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth(text, fontPx);
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  context.font = `${weight} ${fontPx}px ${family}`;
  return Math.ceil(context.measureText(text).width);
}
