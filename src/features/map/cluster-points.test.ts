import { describe, expect, it } from 'vitest';
import { clusterPoints } from './cluster-points';

const run = (points: [number, number][], radius = 20) =>
  clusterPoints(
    points.map((p) => p[0]),
    points.map((p) => p[1]),
    radius,
  );

describe('clustering markers on screen', () => {
  it('merges points closer than the radius and keeps far ones apart', () => {
    const clusters = run([
      [100, 100],
      [108, 104],
      [300, 100],
      [100, 100],
    ]);
    expect(clusters.map((c) => c.members)).toEqual([[0, 1, 3], [2]]);
    expect(clusters[0]).toMatchObject({ x: 308 / 3, y: 304 / 3 });
    expect(clusters[1]).toMatchObject({ x: 300, y: 100 });
  });

  it('joins the nearest cluster when two are within reach', () => {
    const clusters = run([
      [0, 0],
      [30, 0],
      [18, 0],
    ]);
    expect(clusters.map((c) => c.members)).toEqual([[0], [1, 2]]);
  });

  it('accounts for every point exactly once', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const points = Array.from({ length: 2000 }, (): [number, number] => [
      random() * 500,
      random() * 300,
    ]);
    const members = run(points).flatMap((c) => c.members);
    expect(members).toHaveLength(points.length);
    expect(new Set(members).size).toBe(points.length);
  });

  it('orders clusters west to east, then north to south, the same way every time', () => {
    const points: [number, number][] = [
      [400, 50],
      [10, 300],
      [10, 20],
      [200, 200],
    ];
    const first = run(points);
    expect(first.map((c) => c.members[0])).toEqual([2, 1, 3, 0]);
    expect(run(points)).toEqual(first);
  });

  it('keeps the number of clusters bounded by the screen, not by the number of points', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const n = 10_000;
    const xs = Float64Array.from({ length: n }, () => random() * 1000);
    const ys = Float64Array.from({ length: n }, () => random() * 400);
    const clusters = clusterPoints(xs, ys, 24);
    // Cluster seeds are more than one radius apart: discs of half the radius do not overlap.
    const bound = ((1000 + 24) * (400 + 24)) / (Math.PI * 12 * 12);
    expect(clusters.length).toBeLessThan(bound);
    expect(clusters.reduce((sum, c) => sum + c.members.length, 0)).toBe(n);
  });

  it('gives nothing for nothing', () => {
    expect(run([])).toEqual([]);
  });
});
