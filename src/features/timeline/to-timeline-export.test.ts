import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import { toTimelineExport } from './to-timeline-export';
import { defaultsOf } from '@/filters/url-state';
import { TIMELINE_FILTER_SPEC } from '@/registry/filter-specs';
import { filterTimeline } from './timeline-filters';
import { toTimelineItems } from './to-timeline-items';

const pack = loadPackFromDisk('data/malaysia-china');
const records = {
  events: pack['events.json'].events,
  agreements: pack['agreements.json'].agreements,
  projects: pack['projects.json'].projects,
};
const all = toTimelineItems(records);

describe('timeline export', () => {
  it('keeps the filtered items in date order, each with its own sources', () => {
    const { shown } = filterTimeline(all, {
      ...defaultsOf(TIMELINE_FILTER_SPEC),
      kind: ['milestone', 'agreement'],
      from: 2016,
      to: 2020,
    });
    const items = toTimelineExport(shown, records, {});
    expect(items.map((i) => i.fields.key)).toEqual(shown.map((i) => i.key));
    expect(items.some((i) => i.fields.kind === 'Event')).toBe(false);
    for (const [n, item] of items.entries()) {
      expect(item.sources.length).toBeGreaterThan(0);
      expect(item.fields.date).toBe(shown[n]!.date);
    }
  });
});
