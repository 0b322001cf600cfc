import { describe, expect, it } from 'vitest';
import { toMilestoneTrack } from './to-milestone-track';

const source = { url: 'https://example.org/a', publisher: 'Example', side: 'my' as const };
const milestone = (date: string, planned = false) => ({
  date,
  label: date,
  planned,
  sources: [source],
});

describe('the milestone track', () => {
  const track = toMilestoneTrack(
    [milestone('2021'), milestone('2020-07'), milestone('2020-01-01'), milestone('2023-06', true)],
    { start: '2020', end: '2023' },
    '2022-01-01',
  )!;

  it('spans whole years from the first to the last date', () => {
    expect(track.ticks.map((t) => t.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(track.ticks[0]!.left).toBe(0);
    expect(track.ticks.at(-1)!.left).toBe(100);
    expect(track.ticks.at(-1)!.labelled).toBe(false);
  });

  it('draws a year-only date across its whole year, not on 1 January', () => {
    const year = track.marks.find((m) => m.date === '2021')!;
    expect(year.precision).toBe('year');
    expect(year.left).toBeCloseTo(25, 0);
    expect(year.width).toBeCloseTo(25, 0);
    const day = track.marks.find((m) => m.date === '2020-01-01')!;
    expect(day.precision).toBe('day');
    expect(day.width).toBe(0);
    expect(day.left).toBeGreaterThan(0);
    expect(day.left).toBeLessThan(0.1);
    const month = track.marks.find((m) => m.date === '2020-07')!;
    expect(month.width).toBeCloseTo((31 / 1461) * 100, 3);
  });

  it('keeps date order, marks planned steps and places the "as of" date', () => {
    expect(track.marks.map((m) => m.date)).toEqual(['2020-01-01', '2020-07', '2021', '2023-06']);
    expect(track.marks.at(-1)!.planned).toBe(true);
    expect(track.asOf).toBeCloseTo(50, 0);
  });

  it('labels fewer years on a long axis and draws nothing without milestones', () => {
    const long = toMilestoneTrack([milestone('2006-07'), milestone('2028')], {})!;
    expect(long.ticks.filter((t) => t.labelled).map((t) => t.year)).toEqual([
      2006, 2011, 2016, 2021, 2026,
    ]);
    expect(toMilestoneTrack([], { start: '2020' })).toBeNull();
  });
});
