/**
 * Bytes → JSON value, with every way a hand-edited file goes wrong reported as a Problem that a
 * curator can act on (where, what, what was expected) instead of an engine's terse exception.
 */
import { locateJsonError } from './locate-json-error';
import { checkJsonLimits } from './check-json-limits';
import { append } from '@/lib/large-arrays';
import type { Problem } from './problems';

export type DecodeResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

const UTF8 = 'UTF-8 without BOM';

export function decodeJson(file: string, bytes: Uint8Array): DecodeResult {
  const fail = (message: string, expected?: string): DecodeResult => ({
    ok: false,
    problems: [expected ? { file, path: [], message, expected } : { file, path: [], message }],
  });
  if (bytes.length === 0) return fail('the file is empty', 'a JSON object');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('the file is encoded as UTF-16', UTF8);
  }
  if (bytes.includes(0))
    return fail('the file contains NUL bytes (it may be UTF-16 or binary)', UTF8);

  const problems: Problem[] = [];
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // Reported, then skipped, so that the curator also learns about any other problem in one run.
  if (bom)
    problems.push({
      file,
      path: [],
      message: 'the file starts with a byte-order mark',
      expected: UTF8,
    });
  const body = bom ? bytes.subarray(3) : bytes;

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const { line, column } = invalidUtf8Location(body);
    return fail(
      `the file is not valid UTF-8 at line ${line}, column ${column}`,
      `${UTF8}; re-save it as UTF-8`,
    );
  }
  if (/^[ \t\r\n]*$/.test(text)) return fail('the file contains only whitespace', 'a JSON object');

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push({
      file,
      path: [],
      ...describeSyntaxError(text, String((error as Error).message)),
    });
    return { ok: false, problems };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    problems.push({
      file,
      path: [],
      message: `the top-level value is ${got}, not an object`,
      expected: 'a JSON object { … }',
    });
    return { ok: false, problems };
  }
  append(problems, checkJsonLimits(file, value));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

interface Location {
  line: number;
  column: number;
}

function locationOf(text: string, offset: number): Location {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function offsetOf(text: string, { line, column }: Location): number {
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) offset = text.indexOf('\n', offset) + 1;
  return Math.min(text.length, Math.max(0, offset) + column - 1);
}

/**
 * The position is in the message, in one of the engines' formats: V8 "at position N" (Node 20),
 * V8 "(line L column C)" (Node 22+, Chrome), Firefox "at line L column C". Otherwise we find it.
 */
function errorOffset(text: string, message: string): number {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn)
    return offsetOf(text, { line: Number(lineColumn[1]), column: Number(lineColumn[2]) });
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const located = locateJsonError(text);
  return located >= 0 ? located : text.length;
}

const WORDING: [RegExp, string, string][] = [
  [
    /Expected ',' or '}' after property value/i,
    'missing comma or "}" after a value',
    'a comma between fields',
  ],
  [
    /Expected ',' or ']' after array element/i,
    'missing comma or "]" after an item',
    'a comma between items',
  ],
  [/Expected ':' after property name/i, 'missing ":" after a field name', '"name": value'],
  [/property name/i, 'expected a field name in double quotes', '"name": value'],
  [
    /control character/i,
    'a line break or control character inside a string',
    'write a line break as \\n',
  ],
  [/Unterminated string|unterminated string/i, 'a string is not closed', 'a closing double quote'],
  [/escape/i, 'invalid escape in a string', 'one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX'],
  [
    /after JSON|unexpected non-whitespace/i,
    'extra text after the end of the JSON document',
    'one top-level object',
  ],
  [
    /minus sign|fractional|exponent|number/i,
    'a malformed number',
    'a number such as 12, -3.5 or 1e9',
  ],
];

function describeSyntaxError(
  text: string,
  engineMessage: string,
): { message: string; expected: string } {
  const offset = errorOffset(text, engineMessage);
  const lastContent = text.trimEnd().length;
  if (offset >= lastContent || /end of (JSON )?(input|data)|EOF/i.test(engineMessage)) {
    const { line, column } = locationOf(text, lastContent);
    return {
      message: `not valid JSON: unexpected end of input at line ${line}, column ${column}`,
      expected: 'a complete JSON document; the file may be cut off',
    };
  }
  const at = (offset: number) => {
    const { line, column } = locationOf(text, offset);
    return `at line ${line}, column ${column}`;
  };
  const char = text[offset]!;
  const comma = text.slice(0, offset).trimEnd();
  if ((char === '}' || char === ']') && comma.endsWith(',')) {
    return {
      message: `not valid JSON: a comma before "${char}" ${at(comma.length - 1)}`,
      expected: 'no comma after the last item',
    };
  }
  const known = WORDING.find(([pattern]) => pattern.test(engineMessage));
  if (known) return { message: `not valid JSON: ${known[1]} ${at(offset)}`, expected: known[2] };
  return {
    message: `not valid JSON: unexpected ${JSON.stringify(char)} ${at(offset)}`,
    expected: 'valid JSON',
  };
}

/** Line and column of the first byte that is not valid UTF-8 (bisecting a streaming decode). */
function invalidUtf8Location(bytes: Uint8Array): Location {
  const decodes = (length: number, stream: boolean) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // Shortest prefix that fails even when an unfinished sequence is allowed at its end.
  let low = 0;
  let high = bytes.length + 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mid <= bytes.length && !decodes(mid, true)) high = mid;
    else low = mid + 1;
  }
  // The bad sequence starts at most 4 bytes back, where the longest complete valid prefix ends.
  let bad = Math.min(low - 1, bytes.length);
  while (bad > 0 && !decodes(bad, false)) bad--;
  const lineStart = bad === 0 ? 0 : bytes.lastIndexOf(0x0a, bad - 1) + 1;
  const line = bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length + 1;
  const column = new TextDecoder().decode(bytes.subarray(lineStart, bad)).length + 1;
  return { line, column };
}
