/**
 * Limits on a parsed pack file. Packs are edited by hand and shown in the browser, so a
 * multi-megabyte string or runaway nesting is a mistake (a pasted file, an unclosed bracket run)
 * that must surface as a clear problem rather than a slow or stalled app.
 */
import type { Problem } from './problems';

export const MAX_STRING_LENGTH = 100_000;
export const MAX_DEPTH = 64;

type Path = (string | number)[];

/** Walks the value without recursion (deep input must not overflow the stack). */
export function checkJsonLimits(file: string, root: unknown): Problem[] {
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
