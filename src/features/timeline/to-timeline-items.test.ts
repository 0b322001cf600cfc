import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import { defaultsOf } from '@/filters/url-state';
import { TIMELINE_FILTER_SPEC } from '@/registry/filter-specs';
import { filterTimeline, type TimelineFilters } from './timeline-filters';
import { textsFor } from '../../../tests/support/texts-for';
import {
  describeCounts,
  describeItem,
  toTimelineItems,
  type TimelineItem,
} from './to-timeline-items';

const { t } = await textsFor('en');
const pack = loadPackFromDisk('data/malaysia-china');
const all = toTimelineItems({
  events: pack['events.json'].events,
  agreements: pack['agreements.json'].agreements,
  projects: pack['projects.json'].projects,
});
const f = (change: Partial<TimelineFilters>) => ({
  ...defaultsOf(TIMELINE_FILTER_SPEC),
  ...change,
});
const filterTimelineItems = (items: TimelineItem[], change: Partial<TimelineFilters>) =>
  filterTimeline(items, f(change)).shown;
const facetCounts = (items: TimelineItem[], change: Partial<TimelineFilters>) =>
  filterTimeline(items, f(change)).counts;

describe('timeline items', () => {
  it('puts events, agreements and every project milestone on one axis', () => {
    const milestones = pack['projects.json'].projects.flatMap((p) => p.milestones).length;
    expect(all.filter((i) => i.kind === 'event')).toHaveLength(pack['events.json'].events.length);
    expect(all.filter((i) => i.kind === 'agreement')).toHaveLength(
      pack['agreements.json'].agreements.length,
    );
    expect(all.filter((i) => i.kind === 'milestone')).toHaveLength(milestones);
    expect(new Set(all.map((i) => i.key)).size).toBe(all.length);
  });

  it('keeps date precision: a year-only date covers its year, a month its month', () => {
    const year = all.find((i) => i.key === 'agreement:five-year-programme-2013')!;
    expect(year.precision).toBe('year');
    expect(new Date(year.start).toISOString()).toBe('2013-01-01T00:00:00.000Z');
    expect(new Date(year.finish).toISOString()).toBe('2013-12-31T23:59:59.999Z');
    const month = all.find((i) => i.key === 'agreement:port-alliance-2015')!;
    expect(month.precision).toBe('month');
    expect(new Date(month.finish).toISOString()).toBe('2015-11-30T23:59:59.999Z');
    const range = all.find((i) => i.key === 'event:kd-keris-delivered-2019')!;
    expect(range.isRange).toBe(true);
    expect(new Date(range.finish).toISOString()).toBe('2020-01-06T23:59:59.999Z');
  });

  it('labels milestones with their project and gives them the project’s sectors', () => {
    const ecrl = pack['projects.json'].projects.find((p) => p.id === 'ecrl')!;
    const first = all.find((i) => i.key === 'milestone:ecrl:0')!;
    expect(first.title).toMatch(/^East Coast Rail Link.*: ECRL deal among the 14 agreements/);
    expect(first.sectors).toEqual(ecrl.sectors);
    expect(all.filter((i) => i.kind === 'milestone' && i.planned).length).toBeGreaterThan(0);
  });

  it('sorts by time, a year before its months and days', () => {
    for (let i = 1; i < all.length; i++)
      expect(all[i - 1]!.start).toBeLessThanOrEqual(all[i]!.start);
    const in2013 = all.filter((i) => i.date.startsWith('2013'));
    expect(in2013[0]!.precision).toBe('year');
  });

  it('still works without agreements or projects (a file that failed to load)', () => {
    const only = toTimelineItems({ events: pack['events.json'].events });
    expect(only.every((i) => i.kind === 'event')).toBe(true);
    expect(only).toHaveLength(pack['events.json'].events.length);
  });

  it('names an item with its date, precision and kind', () => {
    const item = all.find((i) => i.key === 'agreement:ecrl-supplementary-agreement-2019')!;
    expect(describeItem(item, t, 'en-GB')).toBe(
      '12 Apr 2019, agreement: ECRL supplementary agreement',
    );
    const year = all.find((i) => i.key === 'agreement:five-year-programme-2013')!;
    expect(describeItem(year, t, 'en-GB')).toMatch(/^2013 \(year only\), agreement: /);
  });

  it('names it in Malay, with a Malay date, when given Malay texts', async () => {
    const malay = await textsFor('ms');
    const year = all.find((i) => i.key === 'agreement:five-year-programme-2013')!;
    expect(describeItem(year, malay.t, malay.locale)).toMatch(
      /^2013 \(tahun sahaja\), perjanjian: /,
    );
    const items = filterTimelineItems(all, { from: 2019, to: 2019 });
    expect(describeCounts(items, malay.t, malay.locale)).toMatch(
      /^\d+ peristiwa, \d+ perjanjian dan \d+ pencapaian projek$/,
    );
  });
});

describe('timeline filters', () => {
  it('filters by kind and by years the item overlaps (a 2013-only date is in 2013)', () => {
    const agreements2024 = filterTimelineItems(all, { kind: ['agreement'], from: 2024 });
    expect(agreements2024.length).toBe(
      pack['agreements.json'].agreements.filter((a) => a.date >= '2024').length,
    );
    const only2013 = filterTimelineItems(all, { from: 2013, to: 2013 });
    expect(only2013.some((i) => i.key === 'agreement:five-year-programme-2013')).toBe(true);
    const only2012 = filterTimelineItems(all, { from: 2012, to: 2012 });
    expect(only2012.some((i) => i.key === 'agreement:five-year-programme-2013')).toBe(false);
  });

  it('reads a reversed year range as the years between, as every list does', () => {
    expect(filterTimelineItems(all, { from: 2020, to: 2017 })).toEqual(
      filterTimelineItems(all, { from: 2017, to: 2020 }),
    );
  });

  it('keeps a sector no item has as chosen: nothing shows, and the others still count', () => {
    const { shown, counts } = filterTimeline(all, f({ sector: ['no-such-items'] }));
    expect(shown).toEqual([]);
    expect(counts.sector.get('automotive')).toBeGreaterThan(0);
  });

  it('filters milestones by their project’s sectors', () => {
    const auto = filterTimelineItems(all, { sector: ['automotive'] });
    expect(auto.some((i) => i.key.startsWith('milestone:proton-geely'))).toBe(true);
    expect(auto.every((i) => i.sectors.includes('automotive'))).toBe(true);
  });

  it('counts each facet under the other filters', () => {
    const counts = facetCounts(all, { kind: ['event'], sector: ['automotive'] });
    // Kind counts ignore the kind filter; sector counts ignore the sector filter.
    expect(counts.kind.get('agreement')).toBe(
      all.filter((i) => i.kind === 'agreement' && i.sectors.includes('automotive')).length,
    );
    expect(counts.sector.get('finance')).toBe(
      all.filter((i) => i.kind === 'event' && i.sectors.includes('finance')).length,
    );
  });

  it('counts sectors whose ids are names an object already has', () => {
    const odd = ['constructor', '__proto__', 'toString'];
    const items = all.slice(0, 2).map((item) => ({ ...item, sectors: odd }));
    const counts = facetCounts(items, {});
    expect(odd.map((id) => counts.sector.get(id))).toEqual([2, 2, 2]);
  });

  it('says the counts in words', () => {
    const items = filterTimelineItems(all, { from: 2019, to: 2019 });
    expect(describeCounts(items, t, 'en-GB')).toMatch(
      /^\d+ events, \d+ agreements and \d+ project milestones$/,
    );
  });
});
