// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locate-json-error';

describe('locateJsonError', () => {
  it('returns -1 for valid JSON', () => {
    for (const text of [
      '{}',
      ' [1, -2.5e3, "a\\"b\\u00e9", true, false, null, {"x": []}] ',
      '"s"',
      '0',
    ]) {
      expect(locateJsonError(text)).toBe(-1);
    }
  });

  it.each([
    ['[1, 2,]', 6],
    ['{"a": 1,}', 8],
    ['{"a": tru}', 6],
    ['{"a" 1}', 5],
    ['{a: 1}', 1],
    ['[1 2]', 3],
    ['{"a": "x\ny"}', 8],
    ['{"a": "\\q"}', 7],
    ['{"a": 01}', 7],
    ['{"a": 1} x', 9],
    ['{"a": [1', 8],
    ['{"a": "abc', 10],
    ['', 0],
  ])('finds the first bad character of %j', (text, offset) => {
    expect(locateJsonError(text)).toBe(offset);
  });

  it('handles deep nesting without recursion', () => {
    expect(locateJsonError(`${'['.repeat(500_000)}${']'.repeat(500_000)}`)).toBe(-1);
    expect(locateJsonError(`${'['.repeat(500_000)}x`)).toBe(500_000);
  });
});
