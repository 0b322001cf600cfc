/** Markers that would overlap on screen, merged into one. */
export interface Cluster {
  /** The members' mean position, in the same pixels as the input. */
  x: number;
  y: number;
  /** Indices into the input, ascending. */
  members: number[];
}

/**
 * Greedy screen-space clustering: points are taken in input order; each joins the nearest cluster
 * whose first point lies within `radius` pixels, or starts a new one. A grid of `radius`-sized cells
 * keeps it linear, so re-clustering 10,000 points on every zoom step stays cheap, and the number of
 * clusters is bounded by the screen area, not by the number of points.
 *
 * Positions are in zoomed pixels before panning, so panning never changes the clusters.
 * Clusters come out west to east (ties north to south): the order a reader tabs through them.
 */
export function clusterPoints(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  radius: number,
): Cluster[] {
  const seeds: { x: number; y: number; members: number[] }[] = [];
  const grid = new Map<number, number[]>();
  const cell = (v: number) => Math.floor(v / radius);
  // One number per cell (no string keys): re-clustering runs on every zoom step.
  const keyOf = (cx: number, cy: number) => cx * 1_000_003 + cy;
  const radius2 = radius * radius;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    const cx = cell(x);
    const cy = cell(y);
    let best = -1;
    let bestDistance = Infinity;
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const s of grid.get(keyOf(gx, gy)) ?? []) {
          const d = (seeds[s]!.x - x) ** 2 + (seeds[s]!.y - y) ** 2;
          if (d <= radius2 && d < bestDistance) [best, bestDistance] = [s, d];
        }
      }
    }
    if (best >= 0) {
      seeds[best]!.members.push(i);
      continue;
    }
    const key = keyOf(cx, cy);
    const list = grid.get(key);
    if (list) list.push(seeds.length);
    else grid.set(key, [seeds.length]);
    seeds.push({ x, y, members: [i] });
  }
  return seeds
    .map(({ members }) => {
      let sx = 0;
      let sy = 0;
      for (const m of members) {
        sx += xs[m]!;
        sy += ys[m]!;
      }
      return { x: sx / members.length, y: sy / members.length, members };
    })
    .sort((a, b) => a.x - b.x || a.y - b.y || a.members[0]! - b.members[0]!);
}
