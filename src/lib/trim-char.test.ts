import { describe, expect, it } from 'vitest';
import { trimChar, trimEndChar } from './trim-char';

describe('trimEndChar / trimChar', () => {
  it('trims only the given character, only at the ends', () => {
    expect(trimEndChar('/projects///', '/')).toBe('/projects');
    expect(trimEndChar('abc==', '=')).toBe('abc');
    expect(trimEndChar('///', '/')).toBe('');
    expect(trimEndChar('a/b', '/')).toBe('a/b');
    expect(trimChar('//projects/ecrl//', '/')).toBe('projects/ecrl');
    expect(trimChar('', '/')).toBe('');
  });

  it('stays linear on a long run of the character that is not at the end', () => {
    const hostile = `/${'/'.repeat(200_000)}x`;
    const started = performance.now();
    expect(trimEndChar(hostile, '/')).toBe(hostile);
    expect(trimChar(hostile, '/')).toBe('x');
    expect(performance.now() - started).toBeLessThan(200);
  });
});
