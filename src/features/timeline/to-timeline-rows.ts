import { ITEM_KINDS, type ItemKind, type YearRange } from './timeline-filters';
import type { TimelineItem } from './to-timeline-items';

/**
 * Lays items out on a time axis: x from their first and last moment (so a year-only date is a band
 * across its year, never a point on 1 January) and a lane per item so that no label overlaps
 * another label or mark. Pure, so it is tested without a browser.
 */
export interface LayoutOptions {
  range: YearRange;
  /** Width of the drawing in px. */
  width: number;
  /** Space kept at each side so marks at the ends are not cut, px. */
  inset?: number;
  /** Size of an item's shape, px. */
  mark?: number;
  /** Space between a shape and its label, and between neighbours in a lane, px. */
  gap?: number;
  /** Average width of a label character, px (labels are cut with an ellipsis beyond maxLabel). */
  charWidth?: number;
  maxLabel?: number;
  /** The drawn width of a label's text, px, where the browser can measure it. */
  measure?: (text: string) => number;
  /** Lanes per kind that may carry labels; beyond them, marks go unlabelled (zoom in to read). */
  labelledLanes?: number;
  /**
   * Lanes per kind at most. Beyond them, crowded marks share the unlabelled lanes and may touch
   * (never a label); zooming in separates them, and the list below shows every item.
   */
  maxLanes?: number;
}

export interface PlacedItem {
  item: TimelineItem;
  /** Left edge of the item's box in the drawing, px. */
  left: number;
  /** Width of the drawn span (bar or band), 0 for a point, px. */
  bar: number;
  /** Where the shape starts inside the box, px. */
  shapeLeft: number;
  /** Where the label starts inside the box, px (negative: to the left of the mark). */
  labelLeft: number;
  /** Width given to the label; 0 when there is no room for it (it shows on focus). */
  labelWidth: number;
  /** Room on the label's side up to the drawing's edge, for the whole title shown on focus. */
  labelRoom: number;
  /** Lane within its kind's band, and lane counted over all bands (for up/down keys). */
  lane: number;
  row: number;
  /** Middle of the mark, px, for moving up and down by keyboard. */
  center: number;
  /** True when the item runs beyond the drawing's first or last year. */
  cutStart: boolean;
  cutEnd: boolean;
  /** True when its band was full and the mark may touch another mark. */
  crowded: boolean;
}

interface TimelineBand {
  kind: ItemKind;
  lanes: number;
  items: PlacedItem[];
}

export interface TimelineLayout {
  bands: TimelineBand[];
  /** Every placed item in time order: the order ArrowLeft and ArrowRight follow. */
  order: PlacedItem[];
  scale: (ms: number) => number;
}

type Span = [number, number];

/**
 * Items arrive in time order, so a lane is free from its rightmost occupied point on: one number
 * per lane keeps the layout linear in the number of items (a synthetic pack has many thousands).
 */
function fits(laneEnd: number, span: Span, gap: number): boolean {
  return span[0] >= laneEnd + gap;
}

/** The unlabelled lane that ends earliest: a crowded mark overlaps least there, never a label. */
function leastCrowded(lanes: number[], first: number): number {
  let best = lanes.length - 1;
  for (let i = first; i < lanes.length; i++) if (lanes[i]! < lanes[best]!) best = i;
  return best;
}

/** The time scale: ms → px across the range's whole years. */
function timeScale(range: YearRange, width: number, inset = 0) {
  const t0 = Date.UTC(range.from, 0, 1);
  const t1 = Date.UTC(range.to + 1, 0, 1);
  const k = (width - 2 * inset) / (t1 - t0);
  return (ms: number) => inset + (ms - t0) * k;
}

export function toTimelineRows(items: TimelineItem[], options: LayoutOptions): TimelineLayout {
  const {
    range,
    width,
    inset = 8,
    mark = 14,
    gap = 6,
    charWidth = 7,
    maxLabel = 200,
    labelledLanes = 5,
    maxLanes = 8,
    measure = (text: string) => text.length * charWidth,
  } = options;
  const scale = timeScale(range, width, inset);
  const lo = inset;
  const hi = width - inset;
  const placed = new Map<string, PlacedItem>();
  const bands: TimelineBand[] = [];
  let rowBase = 0;

  for (const kind of ITEM_KINDS) {
    const lanes: number[] = [];
    const bandItems: PlacedItem[] = [];
    for (const item of items.filter((i) => i.kind === kind)) {
      const x0 = scale(item.start);
      const x1 = scale(item.finish + 1);
      const cutStart = x0 < lo;
      const cutEnd = x1 > hi;
      const a = Math.max(x0, lo);
      const b = Math.min(x1, hi);
      // A span narrower than its shape is drawn as the shape at the span's middle.
      const isBar = b - a >= mark;
      const left = isBar ? a : (a + b) / 2 - mark / 2;
      const bar = isBar ? b - a : 0;
      const boxEnd = left + Math.max(bar, mark);
      const wanted = Math.min(maxLabel, Math.ceil(measure(item.title)) + 8);
      // Labels go right of the shape; near the drawing's right end, to its left.
      const roomRight = width - (left + mark + gap);
      const labelOnLeft = roomRight < Math.min(wanted, 80) && left > roomRight;
      const labelWidth = Math.max(0, Math.min(wanted, labelOnLeft ? left - gap : roomRight));
      const labelLeft = labelOnLeft ? -gap - labelWidth : mark + gap;
      const labelled: Span = [
        Math.min(left, left + labelLeft),
        Math.max(boxEnd, left + labelLeft + labelWidth),
      ];
      const bare: Span = [left, boxEnd];
      let lane = lanes.findIndex((end, i) => i < labelledLanes && fits(end, labelled, gap));
      if (lane === -1 && lanes.length < labelledLanes) lane = lanes.length;
      const hasLabel = lane !== -1 && labelWidth >= 40;
      let crowded = false;
      if (!hasLabel) {
        lane = lanes.findIndex((end) => fits(end, bare, gap));
        if (lane === -1 && lanes.length < Math.max(maxLanes, labelledLanes + 1))
          lane = lanes.length;
        else if (lane === -1) [lane, crowded] = [leastCrowded(lanes, labelledLanes), true];
      }
      const span = hasLabel ? labelled : bare;
      lanes[lane] = Math.max(lanes[lane] ?? -Infinity, span[1]);
      const entry: PlacedItem = {
        item,
        left,
        bar,
        shapeLeft: 0,
        labelLeft,
        labelWidth: hasLabel ? labelWidth : 0,
        labelRoom: Math.max(0, labelOnLeft ? left - gap : roomRight),
        lane,
        row: 0,
        center: left + mark / 2,
        cutStart,
        cutEnd,
        crowded,
      };
      bandItems.push(entry);
      placed.set(item.key, entry);
    }
    for (const entry of bandItems) entry.row = rowBase + entry.lane;
    rowBase += lanes.length;
    bands.push({ kind, lanes: lanes.length, items: bandItems });
  }
  const order = items.flatMap((item) => placed.get(item.key) ?? []);
  return { bands, order, scale };
}

export interface Tick {
  x: number;
  label: string;
  /** A year tick (true) or a month tick (false). */
  year: boolean;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];

/**
 * Year ticks, as many as fit with their labels readable (every 1, 2, 5, 10… years), and month
 * ticks once a month is wide enough to name (named in `locale`).
 */
export function toAxisTicks(
  range: YearRange,
  width: number,
  inset = 8,
  minGap = 48,
  locale = 'en-GB',
): Tick[] {
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const scale = timeScale(range, width, inset);
  const perYear = scale(Date.UTC(range.from + 1, 0, 1)) - scale(Date.UTC(range.from, 0, 1));
  const step = YEAR_STEPS.find((s) => s * perYear >= minGap) ?? 100;
  const ticks: Tick[] = [];
  for (let year = range.from; year <= range.to; year++) {
    if (year % step === 0 || step === 1)
      ticks.push({ x: scale(Date.UTC(year, 0, 1)), label: String(year), year: true });
    if (perYear / 12 >= 32)
      for (let m = 1; m < 12; m++)
        ticks.push({
          x: scale(Date.UTC(year, m, 1)),
          label: month.format(Date.UTC(2000, m, 1)),
          year: false,
        });
  }
  return ticks;
}

/** The year under a point of the drawing (for zooming by dragging), kept inside the range. */
export function yearAt(range: YearRange, width: number, x: number, inset = 8): number {
  const t0 = Date.UTC(range.from, 0, 1);
  const t1 = Date.UTC(range.to + 1, 0, 1);
  const ms = t0 + ((x - inset) / (width - 2 * inset)) * (t1 - t0);
  const year = new Date(ms).getUTCFullYear();
  return Math.min(Math.max(year, range.from), range.to);
}
