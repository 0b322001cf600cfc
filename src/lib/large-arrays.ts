/**
 * Helpers for arrays of any length. Spreading an array into a call's arguments
 * (`Math.min(...values)`, `list.push(...more)`) throws a RangeError once it has more than about
 * 125,000 items, and pack data can have 250,000 (see MAX_ARRAY_LENGTH): loop instead.
 */

/** Smallest and largest of the values, or null for none. */
export function extent(values: Iterable<number>): [min: number, max: number] | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let any = false;
  for (const value of values) {
    any = true;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return any ? [min, max] : null;
}

/** Adds `items` to the end of `target` (`target.push(...items)` for arrays of any length). */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
