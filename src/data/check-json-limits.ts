/**
 * Checks a parsed pack file against the limits of json-limits.ts. Kept apart from the limits
 * themselves so that this walker loads with the decoder, beside the first data request, rather
 * than with the first view (the limits are read by the error panel and the fetch).
 */
import { MAX_ARRAY_LENGTH, MAX_DEPTH, MAX_STRING_LENGTH, SPLIT } from './json-limits';
import type { Problem } from './problems';

type Path = (string | number)[];

/**
 * Fast pass first: a large pack (100,000 projects) has millions of values, so paths are only
 * built when something is actually wrong.
 */
export function checkJsonLimits(file: string, root: unknown): Problem[] {
  return withinLimits(root) ? [] : describeLimitProblems(file, root);
}

/** True when no string, key or array is too long and nothing nests too deep. No allocation per value. */
function withinLimits(root: unknown): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_LENGTH) return false;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return false;
    if (Array.isArray(value)) {
      if (value.length > MAX_ARRAY_LENGTH) return false;
      for (let i = 0; i < value.length; i++) {
        values.push(value[i]);
        depths.push(depth + 1);
      }
    } else {
      for (const key in value) {
        if (key.length > MAX_STRING_LENGTH) return false;
        values.push((value as Record<string, unknown>)[key]);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}

/** Walks the value without recursion (deep input must not overflow the stack), naming each problem's path. */
function describeLimitProblems(file: string, root: unknown): Problem[] {
  const problems: Problem[] = [];
  const tooLong = (text: string, path: Path, what: string) => {
    if (text.length <= MAX_STRING_LENGTH) return;
    problems.push({
      file,
      path,
      message: `${what} of ${text.length.toLocaleString('en')} characters is too long`,
      expected: `at most ${MAX_STRING_LENGTH.toLocaleString('en')} characters`,
    });
  };
  const stack: { value: unknown; path: Path; depth: number }[] = [
    { value: root, path: [], depth: 0 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      tooLong(value, path, 'a string');
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      problems.push({
        file,
        path,
        message: `nested deeper than ${MAX_DEPTH} levels`,
        expected: `at most ${MAX_DEPTH} levels of objects and arrays; check for runaway brackets`,
      });
      continue;
    }
    if (Array.isArray(value) && value.length > MAX_ARRAY_LENGTH) {
      // Its items are not looked at: the curator first has to split the pack anyway.
      problems.push({
        file,
        path,
        message: `an array of ${value.length.toLocaleString('en')} items is too long`,
        expected: `at most ${MAX_ARRAY_LENGTH.toLocaleString('en')} items; ${SPLIT}`,
      });
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key] of entries) if (typeof key === 'string') tooLong(key, path, 'a field name');
    // Pushed in reverse so that problems come out in document order.
    for (let k = entries.length - 1; k >= 0; k--) {
      const [key, child] = entries[k]!;
      stack.push({ value: child, path: [...path, shortKey(key)], depth: depth + 1 });
    }
  }
  return problems;
}

/** A giant key would make every path below it unreadable; it is reported once, shortened here. */
function shortKey(key: string | number): string | number {
  return typeof key === 'string' && key.length > 60 ? `${key.slice(0, 59)}…` : key;
}
