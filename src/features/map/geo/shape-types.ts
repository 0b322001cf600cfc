/**
 * The shape of `map-shapes.json`, written by `npm run map:data` (scripts/build-map-data.ts) and read
 * lazily by the map. Coordinates are longitude/latitude in degrees.
 */

/** West-south and east-north corners: `[[west, south], [east, north]]`. */
export type LonLatBox = [[number, number], [number, number]];

export type FrameId = 'main' | 'inset';

export interface MapShape {
  /** `my` for a country (ISO 3166 code, lower case); the URL id of a state or province (`pahang`). */
  id: string;
  name: string;
  kind: 'country' | 'region';
  /** What the frame is about (Malaysia's states, Guangxi): drawn as the main land, others as context. */
  focus: boolean;
  /** Where the name goes, inside the shape's largest part; null when none of it is near the view. */
  label: [number, number] | null;
  /** The extent of the drawn rings. */
  box: LonLatBox;
  /**
   * Outlines, one string per ring: whole hundredths of a degree, the first point absolute and each
   * next one relative to the previous (`"10152 368 -3 2 …"`), which keeps the file small.
   */
  rings: string[];
}

export interface MapFrameShapes {
  id: FrameId;
  /** What the first view shows (it fits this box). */
  fit: LonLatBox;
  /** The area drawn; panning stops at its edges. */
  clip: LonLatBox;
  shapes: MapShape[];
}

interface MapSource {
  name: string;
  version: string;
  files: string[];
  licence: string;
  used: string;
}

export interface MapShapes {
  provenance: {
    generatedBy: string;
    sources: MapSource[];
    precision: string;
    attribution: string;
  };
  frames: MapFrameShapes[];
}

/** A ring's points from its encoded string. */
export function decodeRing(text: string): [number, number][] {
  const numbers = text.split(' ').map(Number);
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    x += numbers[i]!;
    y += numbers[i + 1]!;
    points.push([x / 100, y / 100]);
  }
  return points;
}

/** The inverse of decodeRing, for points already in whole hundredths of a degree. */
export function encodeRing(points: readonly (readonly [number, number])[]): string {
  const parts: number[] = [];
  let x = 0;
  let y = 0;
  for (const [px, py] of points) {
    parts.push(px - x, py - y);
    x = px;
    y = py;
  }
  return parts.join(' ');
}
