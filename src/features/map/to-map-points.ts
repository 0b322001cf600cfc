import type { PlaceRecord, ProjectRecord } from '@/data/schema';
import { frameOf } from './geo/frames';
import type { FrameId } from './geo/shape-types';

/** One place of a project that has coordinates: one marker (or one member of a cluster). */
export interface MapPoint {
  /** `<project id>/<place index>`: stable across renders and filters. */
  key: string;
  project: ProjectRecord;
  place: PlaceRecord;
  lon: number;
  lat: number;
  approximate: boolean;
  frame: FrameId;
}

/** A line project (termini and stations) drawn through its located places in the pack's order. */
export interface MapLine {
  project: ProjectRecord;
  frame: FrameId;
  coordinates: [number, number][];
}

export interface MapPoints {
  points: MapPoint[];
  lines: MapLine[];
  /** Projects with at least one marker. */
  onMap: ProjectRecord[];
  /** Projects whose places have no coordinates. */
  withoutPosition: ProjectRecord[];
  /** Projects with coordinates, none of them inside the drawn area. */
  outside: ProjectRecord[];
}

const LINE_ROLES: ReadonlySet<PlaceRecord['role']> = new Set(['terminus', 'station']);

/** The markers and schematic lines of the filtered projects: `(projects) → view model`. */
export function toMapPoints(items: readonly ProjectRecord[]): MapPoints {
  const points: MapPoint[] = [];
  const lines: MapLine[] = [];
  const onMap: ProjectRecord[] = [];
  const withoutPosition: ProjectRecord[] = [];
  const outside: ProjectRecord[] = [];
  for (const project of items) {
    const mine: MapPoint[] = [];
    let located = false;
    project.places.forEach((place, index) => {
      const c = place.coordinates;
      if (!c) return;
      located = true;
      const frame = frameOf(c.lon, c.lat);
      if (!frame) return;
      mine.push({
        key: `${project.id}/${index}`,
        project,
        place,
        lon: c.lon,
        lat: c.lat,
        approximate: c.approximate,
        frame,
      });
    });
    if (mine.length > 0) onMap.push(project);
    else (located ? outside : withoutPosition).push(project);
    points.push(...mine);
    if (mine.length > 1 && project.places.some((p) => LINE_ROLES.has(p.role))) {
      for (const frame of new Set(mine.map((p) => p.frame))) {
        const coordinates = mine
          .filter((p) => p.frame === frame)
          .map((p): [number, number] => [p.lon, p.lat]);
        if (coordinates.length > 1) lines.push({ project, frame, coordinates });
      }
    }
  }
  return { points, lines, onMap, withoutPosition, outside };
}

/** "Kuantan, Pahang": a place's name with its state where the name does not already say it. */
export function placeLabel(place: PlaceRecord): string {
  return place.state && !place.name.includes(place.state)
    ? `${place.name}, ${place.state}`
    : place.name;
}

/** The markers and lines one frame draws. */
export function ofFrame(model: MapPoints, frame: FrameId) {
  return {
    points: model.points.filter((p) => p.frame === frame),
    lines: model.lines.filter((l) => l.frame === frame),
  };
}

/** True when the pack gives no exact position at all: the key then says so once, for every marker. */
export function allPositionsApproximate(projects: readonly ProjectRecord[]): boolean {
  return projects.every((p) =>
    p.places.every((place) => !place.coordinates || place.coordinates.approximate),
  );
}
