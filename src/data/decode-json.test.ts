// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeJson } from './decode-json';
import { formatProblem } from './problems';

const utf8 = (text: string) => new TextEncoder().encode(text);

function lines(bytes: Uint8Array): string[] {
  const result = decodeJson('f.json', bytes);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('decodeJson', () => {
  it('returns the value of a valid object', () => {
    expect(decodeJson('f.json', utf8('{"a": [1, "x"]}'))).toEqual({
      ok: true,
      value: { a: [1, 'x'] },
    });
  });

  it('reports an empty or blank file', () => {
    expect(lines(new Uint8Array())).toEqual(['f.json › $: the file is empty (a JSON object)']);
    expect(lines(utf8(' \n\t\n'))).toEqual([
      'f.json › $: the file contains only whitespace (a JSON object)',
    ]);
  });

  it('reports a UTF-8 byte-order mark, and still the other problems', () => {
    expect(lines(utf8('\uFEFF{"a": 1}'))).toEqual([
      'f.json › $: the file starts with a byte-order mark (UTF-8 without BOM)',
    ]);
    expect(lines(utf8('\uFEFF{"a": 1,}'))).toHaveLength(2);
  });

  it('reports UTF-16, with or without a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(lines(le)).toEqual(['f.json › $: the file is encoded as UTF-16 (UTF-8 without BOM)']);
    expect(lines(new Uint8Array([0x00, 0x7b, 0x00, 0x7d]))).toEqual([
      'f.json › $: the file contains NUL bytes (it may be UTF-16 or binary) (UTF-8 without BOM)',
    ]);
  });

  it('reports invalid UTF-8 with its line and column', () => {
    const latin1 = new Uint8Array([...utf8('{\n  "name": "Caf'), 0xe9, ...utf8('"\n}')]);
    expect(lines(latin1)).toEqual([
      'f.json › $: the file is not valid UTF-8 at line 2, column 15 (UTF-8 without BOM; re-save it as UTF-8)',
    ]);
    const cutSequence = new Uint8Array([...utf8('{"a": "\u4e2d'), 0xe4, 0xb8]);
    expect(lines(cutSequence)).toEqual([
      'f.json › $: the file is not valid UTF-8 at line 1, column 9 (UTF-8 without BOM; re-save it as UTF-8)',
    ]);
    expect(lines(new Uint8Array([...utf8('{"a": "'), 0x80, ...utf8('"}')]))).toEqual([
      'f.json › $: the file is not valid UTF-8 at line 1, column 8 (UTF-8 without BOM; re-save it as UTF-8)',
    ]);
  });

  it('reports a truncated file at the end of its content', () => {
    const full = JSON.stringify(
      { projects: Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, tags: ['a', 'b'] })) },
      null,
      2,
    );
    const cut = full.slice(0, full.indexOf('"p3"') + 4);
    const lastLine = cut.split('\n');
    const [line, column] = [lastLine.length, lastLine.at(-1)!.length + 1];
    expect(lines(utf8(`${cut}\n\n`))).toEqual([
      `f.json › $: not valid JSON: unexpected end of input at line ${line}, column ${column} (a complete JSON document; the file may be cut off)`,
    ]);
    expect([line, column]).toEqual([25, 17]);
  });

  it.each([
    [
      '{\n  "a": [1, 2,]\n}',
      'a comma before "]" at line 2, column 13 (no comma after the last item)',
    ],
    ['{\n  "a": 1,\n}', 'a comma before "}" at line 2, column 9 (no comma after the last item)'],
    [
      '{\n  "a": 1\n  "b": 2\n}',
      'missing comma or "}" after a value at line 3, column 3 (a comma between fields)',
    ],
    ["{'a': 1}", 'expected a field name in double quotes at line 1, column 2 ("name": value)'],
    [
      '{"a": "x\ny"}',
      'a line break or control character inside a string at line 1, column 9 (write a line break as \\n)',
    ],
    [
      '{"a": 1} {}',
      'extra text after the end of the JSON document at line 1, column 10 (one top-level object)',
    ],
    ['{"a": tru}', 'unexpected "t" at line 1, column 7 (valid JSON)'],
  ])('locates syntax errors: %j', (text, expected) => {
    expect(lines(utf8(text))).toEqual([`f.json › $: not valid JSON: ${expected}`]);
  });

  it('requires an object at the top level', () => {
    expect(lines(utf8('[1, 2]'))).toEqual([
      'f.json › $: the top-level value is an array, not an object (a JSON object { … })',
    ]);
    expect(lines(utf8('null'))).toEqual([
      'f.json › $: the top-level value is null, not an object (a JSON object { … })',
    ]);
  });

  it('refuses a huge string, quickly', () => {
    const started = performance.now();
    const huge = utf8(JSON.stringify({ projects: [{ summary: 'x'.repeat(10_000_000) }] }));
    expect(lines(huge)).toEqual([
      'f.json › $.projects[0].summary: a string of 10,000,000 characters is too long (at most 100,000 characters)',
    ]);
    expect(lines(utf8(JSON.stringify({ a: 'x'.repeat(100_000) })))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses an array of more than 250,000 items, without listing its items', () => {
    const array = (length: number) => utf8(JSON.stringify({ events: new Array(length).fill(0) }));
    expect(lines(array(250_000))).toEqual([]);
    expect(lines(array(250_001))).toEqual([
      'f.json › $.events: an array of 250,001 items is too long (at most 250,000 items; split the pack into smaller packs)',
    ]);
  });

  it('refuses nesting deeper than 64 levels, and survives absurd depth', () => {
    const nested = (depth: number) => `{"a":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
    expect(lines(utf8(nested(64)))).toEqual([]);
    const [line] = lines(utf8(nested(65)));
    expect(line).toBe(
      `f.json › $.a${'[0]'.repeat(63)}: nested deeper than 64 levels (at most 64 levels of objects and arrays; check for runaway brackets)`,
    );
    expect(lines(utf8(nested(200_000)))).toHaveLength(1);
  });

  describe("reads the position from every engine's message", () => {
    afterEach(() => vi.restoreAllMocks());
    const text = '{\n  "a": 1\n  "b": 2\n}';
    const expected = [
      'f.json › $: not valid JSON: missing comma or "}" after a value at line 3, column 3 (a comma between fields)',
    ];
    it.each([
      ["Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)"],
      ["Expected ',' or '}' after property value in JSON at position 13"],
      [
        "JSON.parse: expected ',' or '}' after property value in object at line 3 column 3 of the JSON data",
      ],
    ])('%s', (message) => {
      vi.spyOn(JSON, 'parse').mockImplementation(() => {
        throw new SyntaxError(message);
      });
      expect(lines(utf8(text))).toEqual(expected);
    });
    it('finds the position itself when the message has none (Safari, older V8)', () => {
      vi.spyOn(JSON, 'parse').mockImplementation(() => {
        throw new SyntaxError("JSON Parse error: Expected '}'");
      });
      expect(lines(utf8(text))).toEqual([
        'f.json › $: not valid JSON: unexpected "\\"" at line 3, column 3 (valid JSON)',
      ]);
    });
  });
});
