/**
 * A problem found in a data pack, in the one shape shared by the app's error panel and
 * `npm run data:check`: `file › JSON path: what is wrong (what was expected)`.
 */
export interface Problem {
  /** The file as the reader knows it, e.g. "data/malaysia-china/projects.json". */
  file: string;
  /** Where in the file: keys and array indices from the top-level value. */
  path: (string | number)[];
  /** What is wrong, in plain English, quoting the offending value. */
  message: string;
  /** What was expected instead, when that helps the curator fix it. */
  expected?: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$`, `$.projects[3].sources[0].url`; keys that are not identifiers use `["…"]`. */
export function formatJsonPath(path: readonly (string | number)[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

export function formatProblem(p: Problem): string {
  const expected = p.expected ? ` (${p.expected})` : '';
  return `${p.file} › ${formatJsonPath(p.path)}: ${p.message}${expected}`;
}

/**
 * Quotes a value for a message, shortened so that one problem stays one readable line:
 * JSON.stringify also escapes line breaks that would otherwise split the line.
 */
export function quoteValue(value: unknown, max = 60): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown = value.length > max ? `${value.slice(0, max - 1)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return value.length === 0 ? '[]' : '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  return String(value);
}

/** The JSON type of a value, as a curator would name it. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value === undefined) return 'nothing';
  return typeof value;
}
