import { describe, expect, it } from 'vitest';
import type { ProjectRecord } from '@/data/schema';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import { placeLabel, toMapPoints } from './to-map-points';

const { projects } = loadPackFromDisk('data/malaysia-china')['projects.json'];
const located = (list: readonly ProjectRecord[]) =>
  list.flatMap((p) => p.places.filter((place) => place.coordinates));

describe('markers of the filtered projects', () => {
  it('has one point per place with coordinates, all approximate in this pack', () => {
    const model = toMapPoints(projects);
    expect(model.points).toHaveLength(located(projects).length);
    expect(model.points.every((p) => p.approximate)).toBe(true);
    expect(model.onMap.length + model.withoutPosition.length + model.outside.length).toBe(
      projects.length,
    );
    expect(model.withoutPosition.map((p) => p.id)).toContain('proton-geely');
    expect(model.outside).toEqual([]);
  });

  it('sends Qinzhou to the inset and the rest to the main frame', () => {
    const { points } = toMapPoints(projects);
    expect(points.filter((p) => p.frame === 'inset').map((p) => p.key)).toEqual(['cmqip/0']);
  });

  it('draws the rail link through its located termini and stations in order', () => {
    const { lines } = toMapPoints(projects);
    expect(lines.map((l) => l.project.id)).toEqual(['ecrl']);
    expect(lines[0]!.coordinates).toEqual([
      [102.24, 6.13],
      [103.33, 3.81],
      [101.39, 3],
    ]);
  });

  it('counts a project whose only position is outside both frames', () => {
    const far: ProjectRecord = {
      ...projects[0]!,
      id: 'far',
      places: [
        { name: 'Lima', country: 'pe', coordinates: { lat: -12, lon: -77, approximate: false } },
      ],
    };
    const model = toMapPoints([far]);
    expect(model.points).toEqual([]);
    expect(model.outside.map((p) => p.id)).toEqual(['far']);
  });

  it('names a place with its state once', () => {
    expect(placeLabel({ name: 'Kuantan', state: 'Pahang', country: 'my' })).toBe('Kuantan, Pahang');
    expect(placeLabel({ name: 'Melaka', state: 'Melaka', country: 'my' })).toBe('Melaka');
    expect(placeLabel({ name: 'Qinzhou', country: 'cn' })).toBe('Qinzhou');
  });
});
