// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkPackFromBytes } from '../../src/data/check-pack-files';
import { formatProblem } from '../../src/data/problems';
import type { PackFileName } from '../../src/data/schema';
import { syntheticPack } from './synthetic-pack';

const bytesOf = (pack: ReturnType<typeof syntheticPack>) =>
  Object.fromEntries(
    Object.entries(pack).map(([name, value]) => [
      name,
      new TextEncoder().encode(JSON.stringify(value)),
    ]),
  ) as Record<PackFileName, Uint8Array>;

describe('synthetic packs', () => {
  it('are valid, with every reference resolving, and say they are synthetic', () => {
    const pack = syntheticPack(500, 7);
    const check = checkPackFromBytes('synthetic-500', bytesOf(pack), (file) => file);
    expect(check.problems.map(formatProblem)).toEqual([]);
    expect(pack['projects.json'].projects).toHaveLength(500);
    expect(pack['agreements.json'].agreements).toHaveLength(100);
    expect(pack['events.json'].events).toHaveLength(125);
    expect(JSON.stringify(pack['pack.json'].title)).toMatch(/Synthetic test pack .* not real data/);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(JSON.stringify(syntheticPack(50, 3))).toBe(JSON.stringify(syntheticPack(50, 3)));
    expect(JSON.stringify(syntheticPack(50, 3))).not.toBe(JSON.stringify(syntheticPack(50, 4)));
  });
});
