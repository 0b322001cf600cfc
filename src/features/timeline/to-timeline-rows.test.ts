import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import { toAxisTicks, toTimelineRows, type PlacedItem } from './to-timeline-rows';
import { toTimelineItems, yearExtent, type TimelineItem } from './to-timeline-items';

const pack = loadPackFromDisk('data/malaysia-china');
const all = toTimelineItems({
  events: pack['events.json'].events,
  agreements: pack['agreements.json'].agreements,
  projects: pack['projects.json'].projects,
});

function item(key: string, date: string, end?: string): TimelineItem {
  const only = toTimelineItems({
    events: [
      {
        id: key,
        date,
        end,
        title: `Item ${key}`,
        description: 'd',
        category: 'diplomacy',
        participants: [],
        sectors: [],
        projects: [],
        agreements: [],
        notes: [],
        sources: [{ url: 'https://example.org/', publisher: 'P', side: 'my' }],
      },
    ],
  });
  return only[0]!;
}

/** Every drawn extent (mark plus any label) of a lane, to check that nothing overlaps. */
function extents(placed: PlacedItem[]) {
  return placed.map((p) => {
    const boxEnd = p.left + Math.max(p.bar, 14);
    const labelStart = p.left + p.labelLeft;
    return p.labelWidth > 0
      ? [Math.min(p.left, labelStart), Math.max(boxEnd, labelStart + p.labelWidth)]
      : [p.left, boxEnd];
  });
}

describe('timeline layout', () => {
  const range = { from: 2010, to: 2019 };
  const width = 1016; // 1000 px of years between 8 px insets: 100 px a year

  it('draws a year-only date across its whole year, never at 1 January', () => {
    const [placed] = toTimelineRows([item('y', '2013')], { range, width }).order;
    expect(placed!.left).toBeCloseTo(8 + 300, 0);
    expect(placed!.bar).toBeCloseTo(100, 0);
  });

  it('draws a month-only date across its month once the month is wide enough', () => {
    const wide = { range: { from: 2015, to: 2015 }, width: 1216 }; // 100 px a month
    const [placed] = toTimelineRows([item('m', '2015-11')], wide).order;
    expect(placed!.left).toBeCloseTo(8 + (1200 * 304) / 365, 0);
    expect(placed!.bar).toBeCloseTo((1200 * 30) / 365, 0);
  });

  it('draws a narrow month or a day as a mark in the middle of its span', () => {
    const [month] = toTimelineRows([item('m', '2015-11')], { range, width }).order;
    const middle = 8 + 500 + (100 * (304 + 15)) / 365;
    expect(month!.bar).toBe(0);
    expect(month!.center).toBeCloseTo(middle, 0);
  });

  it('draws a range as a bar from its start to the end of its last day', () => {
    const [placed] = toTimelineRows([item('r', '2012-01-01', '2013-12-31')], {
      range,
      width,
    }).order;
    expect(placed!.left).toBeCloseTo(208, 0);
    expect(placed!.bar).toBeCloseTo(200, 0);
  });

  it('cuts a span that runs beyond the range and says so', () => {
    const [placed] = toTimelineRows([item('r', '2009-06', '2011')], { range, width }).order;
    expect(placed!.left).toBe(8);
    expect(placed!.cutStart).toBe(true);
    expect(placed!.cutEnd).toBe(false);
  });

  it('puts items that would collide in separate lanes, labels never overlapping', () => {
    for (const [range, width] of [
      [yearExtent(all), 1232],
      [{ from: 2017, to: 2025 }, 1232],
      [{ from: 2024, to: 2024 }, 600],
    ] as const) {
      const layout = toTimelineRows(all, { range, width });
      expect(layout.order).toHaveLength(all.length);
      for (const band of layout.bands) {
        expect(band.lanes).toBeLessThanOrEqual(8);
        for (let lane = 0; lane < band.lanes; lane++) {
          // Crowded marks may touch each other in a full band, but never a label.
          const inLane = band.items.filter((p) => p.lane === lane);
          const spans = extents(inLane.filter((p) => !p.crowded)).sort((a, b) => a[0]! - b[0]!);
          for (let i = 1; i < spans.length; i++)
            expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]!);
          if (inLane.some((p) => p.crowded))
            expect(inLane.every((p) => p.labelWidth === 0)).toBe(true);
        }
      }
    }
  });

  it('separates every mark when there is room', () => {
    const in2019 = all.filter((i) => i.date.startsWith('2019'));
    const layout = toTimelineRows(in2019, { range: { from: 2019, to: 2019 }, width: 1232 });
    expect(layout.order.some((p) => p.crowded)).toBe(false);
  });

  it('keeps time order and stacks the bands events, agreements, milestones', () => {
    const layout = toTimelineRows(all, { range: yearExtent(all), width: 1232 });
    expect(layout.order.map((p) => p.item.key)).toEqual(all.map((i) => i.key));
    expect(layout.bands.map((b) => b.kind)).toEqual(['event', 'agreement', 'milestone']);
    const [events, agreements] = layout.bands;
    expect(Math.min(...agreements!.items.map((p) => p.row))).toBe(events!.lanes);
  });

  it('labels every item once zoomed in far enough', () => {
    const in2019 = all.filter((i) => i.date.startsWith('2019'));
    const layout = toTimelineRows(in2019, { range: { from: 2019, to: 2019 }, width: 1232 });
    expect(layout.order.every((p) => p.labelWidth > 0)).toBe(true);
  });
});

describe('axis ticks', () => {
  it('labels every year when there is room, and months when a month is wide', () => {
    const ticks = toAxisTicks({ from: 2017, to: 2019 }, 1216);
    expect(ticks.filter((t) => t.year).map((t) => t.label)).toEqual(['2017', '2018', '2019']);
    expect(ticks.filter((t) => !t.year).map((t) => t.label)).toContain('Jun');
  });

  it('thins year labels to every 2, 5 or 10 years on a long range', () => {
    const ticks = toAxisTicks({ from: 1974, to: 2028 }, 800);
    const years = ticks.map((t) => Number(t.label));
    expect(years.every((y) => y % 5 === 0)).toBe(true);
    expect(ticks.some((t) => !t.year)).toBe(false);
  });
});
