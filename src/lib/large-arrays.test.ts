import { describe, expect, it } from 'vitest';
import { append, extent } from './large-arrays';

const many = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 200_003);

describe('extent', () => {
  it('finds the smallest and largest of 200,000 values, where Math.min(...values) throws', () => {
    expect(() => Math.min(...many)).toThrow(RangeError);
    expect(extent(many)).toEqual([0, 200_002]);
  });

  it('is null for no values and works on any iterable', () => {
    expect(extent([])).toBeNull();
    expect(extent(new Set([3, -1, 2]))).toEqual([-1, 3]);
  });
});

describe('append', () => {
  it('adds 200,000 items, where push(...items) throws', () => {
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const target = [1];
    expect(append(target, many)).toBe(target);
    expect(target).toHaveLength(200_001);
    expect(target[200_000]).toBe(many[199_999]);
  });
});
