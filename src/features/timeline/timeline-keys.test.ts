import { describe, expect, it } from 'vitest';
import { nextItemIndex } from './timeline-keys';

// Time order; rows are lanes over all bands.
const order = [
  { row: 0, center: 10 },
  { row: 1, center: 12 },
  { row: 0, center: 100 },
  { row: 3, center: 90 },
  { row: 3, center: 300 },
];

describe('timeline keyboard order', () => {
  it('moves to the next and previous item in time, stopping at the ends', () => {
    expect(nextItemIndex(order, 0, 'ArrowRight')).toBe(1);
    expect(nextItemIndex(order, 4, 'ArrowRight')).toBe(4);
    expect(nextItemIndex(order, 2, 'ArrowLeft')).toBe(1);
    expect(nextItemIndex(order, 0, 'ArrowLeft')).toBe(0);
  });

  it('goes to the first and last with Home and End', () => {
    expect(nextItemIndex(order, 2, 'Home')).toBe(0);
    expect(nextItemIndex(order, 2, 'End')).toBe(4);
  });

  it('moves to the nearest item in the next lane that has one', () => {
    expect(nextItemIndex(order, 2, 'ArrowDown')).toBe(1);
    expect(nextItemIndex(order, 1, 'ArrowDown')).toBe(3);
    expect(nextItemIndex(order, 4, 'ArrowUp')).toBe(1);
    expect(nextItemIndex(order, 1, 'ArrowUp')).toBe(0);
    expect(nextItemIndex(order, 0, 'ArrowUp')).toBe(0);
  });

  it('leaves other keys alone and copes with an empty timeline', () => {
    expect(nextItemIndex(order, 0, 'Enter')).toBeNull();
    expect(nextItemIndex(order, 0, 'a')).toBeNull();
    expect(nextItemIndex([], 0, 'ArrowRight')).toBeNull();
  });
});
