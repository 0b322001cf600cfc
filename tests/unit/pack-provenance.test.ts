import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../support/load-pack';

/**
 * The Malaysia–China pack may only cite what the fact sheet and the seed article cite. Copies of
 * both live in tests/fixtures/research so this holds on any clone.
 */
const research = ['malaysia-china-facts.md', 'seed-article.txt']
  .map((name) => readFileSync(`tests/fixtures/research/${name}`, 'utf8'))
  .join('\n');
const pack = loadPackFromDisk('data/malaysia-china');

function urlsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => urlsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'url' && typeof item === 'string') found.add(item);
      else urlsIn(item, found);
    }
  }
  return found;
}

describe('Malaysia–China pack provenance', () => {
  it('cites only addresses that appear, exactly, in the fact sheet or the seed article', () => {
    const urls = [...urlsIn(pack)];
    expect(urls.length).toBeGreaterThan(150);
    expect(urls.filter((url) => !research.includes(url))).toEqual([]);
  });

  it('gives every project, agreement and event at least one source', () => {
    const records = [
      ...pack['projects.json'].projects,
      ...pack['agreements.json'].agreements,
      ...pack['events.json'].events,
    ];
    expect(records.filter((r) => r.sources.length === 0).map((r) => r.id)).toEqual([]);
  });

  it('has the fact sheet in full: 62 events, 25 projects, 15 sectors with 26 facts, trade from 2012 to 2025', () => {
    expect(pack['events.json'].events).toHaveLength(62);
    expect(pack['projects.json'].projects).toHaveLength(25);
    expect(pack['sectors.json'].sectors).toHaveLength(15);
    expect(pack['sectors.json'].sectors.flatMap((s) => s.facts)).toHaveLength(26);
    expect(pack['agreements.json'].agreements.length).toBeGreaterThanOrEqual(45);
    const years = pack['trade.json'].series.flatMap((s) => s.points.map((p) => p.year));
    expect(Math.min(...years)).toBe(2012);
    expect(Math.max(...years)).toBe(2025);
  });

  it('marks every position approximate, since the sheet gives only town-level estimates', () => {
    const coordinates = pack['projects.json'].projects.flatMap((p) =>
      p.places.flatMap((place) => (place.coordinates ? [place.coordinates] : [])),
    );
    expect(coordinates.length).toBeGreaterThan(15);
    expect(coordinates.every((c) => c.approximate)).toBe(true);
  });

  it('never mixes trade bases: each series has one currency and the Malaysian series are in ringgit', () => {
    const series = pack['trade.json'].series;
    expect(series.filter((s) => s.reporter === 'my').every((s) => s.currency === 'MYR')).toBe(true);
    expect(series.filter((s) => s.reporter !== 'my').every((s) => s.currency === 'USD')).toBe(true);
  });
});
