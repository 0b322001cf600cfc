import { describe, expect, it } from 'vitest';
import { dataFilePath, isPackId, resolvePackId } from './pack-id';

const manifest = {
  packs: [
    { id: 'malaysia-china', title: 'Malaysia–China' },
    { id: 'malaysia-japan', title: 'Malaysia–Japan' },
  ],
};

describe('resolvePackId', () => {
  it('takes the manifest’s first pack when the URL names none', () => {
    expect(resolvePackId(manifest, null)).toEqual({ kind: 'pack', id: 'malaysia-china' });
    expect(resolvePackId(manifest, '')).toEqual({ kind: 'pack', id: 'malaysia-china' });
  });

  it('takes a pack the manifest lists', () => {
    expect(resolvePackId(manifest, 'malaysia-japan')).toEqual({
      kind: 'pack',
      id: 'malaysia-japan',
    });
  });

  it('never passes on an id the manifest does not list, however it is written', () => {
    for (const wanted of [
      '../../../secret/api?approve=42&x=',
      'malaysia-china/../x',
      'malaysia-china?x=1',
      'malaysia-china%2F..',
      'MALAYSIA-CHINA',
      'atlantis',
    ]) {
      expect(resolvePackId(manifest, wanted)).toEqual({
        kind: 'unknown',
        wanted,
        available: ['malaysia-china', 'malaysia-japan'],
      });
    }
  });
});

describe('isPackId', () => {
  it('allows lower-case letters, digits and single hyphens, up to 64 characters', () => {
    expect(isPackId('malaysia-china')).toBe(true);
    expect(isPackId('a'.repeat(64))).toBe(true);
    expect(isPackId('a'.repeat(65))).toBe(false);
    for (const bad of ['', '-x', 'x-', 'a--b', 'a/b', 'a.b', 'a b', '..'])
      expect(isPackId(bad)).toBe(false);
  });
});

describe('dataFilePath', () => {
  it('keeps the pack id inside one path segment', () => {
    expect(dataFilePath('malaysia-china', 'pack.json')).toBe('malaysia-china/pack.json');
    expect(dataFilePath('../x?y=1', 'pack.json')).toBe('..%2Fx%3Fy%3D1/pack.json');
  });
});
