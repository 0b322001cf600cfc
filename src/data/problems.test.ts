// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatJsonPath, formatProblem, quoteValue } from './problems';

describe('formatJsonPath', () => {
  it('writes the root as $', () => expect(formatJsonPath([])).toBe('$'));
  it('writes keys with dots and indices in brackets', () => {
    expect(formatJsonPath(['projects', 3, 'sources', 0, 'url'])).toBe(
      '$.projects[3].sources[0].url',
    );
  });
  it('quotes keys that are not identifiers', () => {
    expect(formatJsonPath(['title', 'zh-Hans'])).toBe('$.title["zh-Hans"]');
    expect(formatJsonPath(['$schema'])).toBe('$.$schema');
  });
});

describe('formatProblem', () => {
  it('is "file › path: message (expected)"', () => {
    const line = formatProblem({
      file: 'data/malaysia-china/projects.json',
      path: ['projects', 4, 'sectors', 1],
      message: 'unknown sector "energy"',
      expected: 'an id from sectors.json',
    });
    expect(line).toBe(
      'data/malaysia-china/projects.json › $.projects[4].sectors[1]: unknown sector "energy" (an id from sectors.json)',
    );
  });
  it('leaves out the parentheses when nothing is expected', () => {
    expect(formatProblem({ file: 'pack.json', path: [], message: 'the file is empty' })).toBe(
      'pack.json › $: the file is empty',
    );
  });
});

describe('quoteValue', () => {
  it('shortens long strings to about 60 characters, on one line', () => {
    const quoted = quoteValue(`${'x'.repeat(100)}\nmore`);
    expect(quoted).toHaveLength(62);
    expect(quoted.endsWith('…"')).toBe(true);
    expect(quoteValue('a\nb')).toBe('"a\\nb"');
  });
  it('names containers rather than dumping them', () => {
    expect(quoteValue({ a: 1 })).toBe('{…}');
    expect(quoteValue([1])).toBe('[…]');
    expect(quoteValue(12)).toBe('12');
  });
});
