/**
 * Planar geometry on longitude/latitude for cutting the map's outlines down at development time:
 * clip to a box, simplify, measure, and find a point inside a shape for its name. Near the equator
 * and at the scale of a state, treating degrees as a flat grid is good enough for drawing.
 */

export type Point = [number, number];
export type Ring = Point[];
export type Box = [[number, number], [number, number]];

/** Clips a closed ring to a box (Sutherland–Hodgman); the box is convex, so one pass per edge. */
export function clipRing(ring: readonly Point[], [[x0, y0], [x1, y1]]: Box): Ring {
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= x0, (a, b) => atX(a, b, x0)],
    [(p) => p[0] <= x1, (a, b) => atX(a, b, x1)],
    [(p) => p[1] >= y0, (a, b) => atY(a, b, y0)],
    [(p) => p[1] <= y1, (a, b) => atY(a, b, y1)],
  ];
  let output: Ring = [...ring];
  for (const [inside, cross] of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) output.push(cross(previous, current));
        output.push(current);
      } else if (inside(previous)) output.push(cross(previous, current));
    }
    if (output.length === 0) break;
  }
  return output;
}

function atX(a: Point, b: Point, x: number): Point {
  return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}
function atY(a: Point, b: Point, y: number): Point {
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

/** The absolute area of a ring (shoelace), in square degrees. */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[(i + 1) % ring.length]!;
    sum += ax * by - bx * ay;
  }
  return Math.abs(sum) / 2;
}

/** Points rounded to whole multiples of `step`, as integers, repeats and the closing point dropped. */
export function quantize(ring: readonly Point[], step: number): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const q: Point = [Math.round(x / step), Math.round(y / step)];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const [first, last] = [out[0], out.at(-1)];
  if (out.length > 1 && first![0] === last![0] && first![1] === last![1]) out.pop();
  return out;
}

function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker on an open line: keeps the points that stray more than `tolerance`. */
function simplifyLine(line: readonly Point[], tolerance: number): Ring {
  if (line.length <= 2) return [...line];
  let far = 0;
  let index = 0;
  for (let i = 1; i < line.length - 1; i++) {
    const d = segmentDistance(line[i]!, line[0]!, line.at(-1)!);
    if (d > far) [far, index] = [d, i];
  }
  if (far <= tolerance) return [line[0]!, line.at(-1)!];
  const left = simplifyLine(line.slice(0, index + 1), tolerance);
  return [...left.slice(0, -1), ...simplifyLine(line.slice(index), tolerance)];
}

/** Simplifies a closed ring (no closing point) by splitting it at the point farthest from its start. */
export function simplifyRing(ring: readonly Point[], tolerance: number): Ring {
  if (ring.length < 4) return [...ring];
  let split = 1;
  ring.forEach(([x, y], i) => {
    const [sx, sy] = ring[split]!;
    if (
      Math.hypot(x - ring[0]![0], y - ring[0]![1]) > Math.hypot(sx - ring[0]![0], sy - ring[0]![1])
    )
      split = i;
  });
  const first = simplifyLine(ring.slice(0, split + 1), tolerance);
  const second = simplifyLine([...ring.slice(split), ring[0]!], tolerance);
  return [...first.slice(0, -1), ...second.slice(0, -1)];
}

export function boxOf(rings: readonly (readonly Point[])[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of rings.flat()) {
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** Even–odd point-in-polygon over all the rings (holes subtract, separate parts add). */
function contains(rings: readonly (readonly Point[])[], [px, py]: Point): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * A point well inside the largest part of a shape, where its name can go: of a grid of points over
 * that part, the one farthest from any edge (an approximate pole of inaccessibility).
 */
export function labelPoint(rings: readonly (readonly Point[])[]): Point | null {
  const parts = rings.filter((r) => r.length >= 3);
  if (parts.length === 0) return null;
  const largest = parts.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
  const [[x0, y0], [x1, y1]] = boxOf([largest]);
  const steps = 40;
  let best: Point | null = null;
  let bestDistance = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p: Point = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      if (!contains(parts, p)) continue;
      let nearest = Infinity;
      for (const ring of parts)
        for (let k = 0; k < ring.length; k++)
          nearest = Math.min(nearest, segmentDistance(p, ring[k]!, ring[(k + 1) % ring.length]!));
      if (nearest > bestDistance) [best, bestDistance] = [p, nearest];
    }
  }
  return best;
}
