import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import { textsFor } from '../../../tests/support/texts-for';
import { fitProjection, projectPoints } from './map-projection';
import { CLUSTER_RADIUS, markerRadius, shortCount, toMapMarkers } from './to-map-markers';
import { toMapPoints } from './to-map-points';

const { t } = await textsFor('en');
const { projects } = loadPackFromDisk('data/malaysia-china')['projects.json'];
const { points } = toMapPoints(projects);
const main = points.filter((p) => p.frame === 'main');
const projection = fitProjection(
  [
    [99.64, 0.86],
    [119.27, 7.36],
  ],
  { width: 900, height: 500 },
  16,
);
const { xs, ys } = projectPoints(main, projection);

describe('markers of the real pack', () => {
  it('account for every place, west to east', () => {
    const markers = toMapMarkers(main, xs, ys, 1, t, 'en');
    expect(markers.reduce((n, m) => n + m.points.length, 0)).toBe(main.length);
    const west = markers.map((m) => m.x);
    expect(west).toEqual([...west].sort((a, b) => a - b));
  });

  it('separate when zoomed in, except places that share a position', () => {
    const far = toMapMarkers(main, xs, ys, 1, t, 'en');
    const near = toMapMarkers(main, xs, ys, 32, t, 'en');
    expect(near.length).toBeGreaterThan(far.length);
    const tanjungMalim = near.find((m) => m.points.some((p) => p.place.name === 'Tanjung Malim'))!;
    expect(tanjungMalim.projects.map((p) => p.id).sort()).toEqual([
      'ahtv',
      'byd-tanjung-malim',
      'proton-ev-plant',
    ]);
    expect(tanjungMalim.label).toMatch(
      /^3 projects near Tanjung Malim, Perak: .+ \(approximate positions\)$/,
    );
  });

  it('name a one-project marker with its place(s) and how exact the position is', () => {
    const near = toMapMarkers(main, xs, ys, 32, t, 'en');
    const labels = near.filter((m) => m.projects.length === 1).map((m) => m.label);
    expect(labels).toContain(
      'Forest City — Forest City (Tanjung Kupang, near Gelang Patah), Johor (approximate position)',
    );
  });

  it('are named in Malay when given Malay texts', async () => {
    const malay = await textsFor('ms');
    const near = toMapMarkers(main, xs, ys, 32, malay.t, malay.lang);
    const tanjungMalim = near.find((m) => m.points.some((p) => p.place.name === 'Tanjung Malim'))!;
    expect(tanjungMalim.label).toMatch(
      /^3 projek berhampiran Tanjung Malim, Perak: .+ \(kedudukan anggaran\)$/,
    );
  });
});

describe('marker sizes and counts', () => {
  it('keep clusters within half the merge distance', () => {
    const many = Array.from({ length: 5000 }, () => projects[0]!);
    expect(markerRadius({ projects: [projects[0]!] })).toBe(6);
    expect(markerRadius({ projects: many })).toBe(CLUSTER_RADIUS / 2);
  });

  it('grow with the type on a slide, and merge from further apart', () => {
    const scale = 18.4 / 12;
    const many = Array.from({ length: 5000 }, () => projects[0]!);
    expect(markerRadius({ projects: [projects[0]!] }, scale)).toBeCloseTo(9.2);
    expect(markerRadius({ projects: many }, scale)).toBeCloseTo((CLUSTER_RADIUS / 2) * scale);
    const dashboard = toMapMarkers(main, xs, ys, 1, t, 'en');
    const slide = toMapMarkers(main, xs, ys, 1, t, 'en', CLUSTER_RADIUS * scale);
    expect(slide.length).toBeLessThan(dashboard.length);
    expect(slide.reduce((n, m) => n + m.points.length, 0)).toBe(main.length);
  });

  it('shorten big counts to fit the circle', () => {
    expect(shortCount(999)).toBe('999');
    expect(shortCount(1250)).toBe('1.2k');
    expect(shortCount(10000)).toBe('10k');
  });
});
