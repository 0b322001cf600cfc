import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileInside, pathBelow, staticFile } from './url-path.mjs';

describe('pathBelow', () => {
  it('matches whole segments of the folder only', () => {
    expect(pathBelow('/data/malaysia-china/pack.json', '/data/')).toBe('malaysia-china/pack.json');
    expect(pathBelow('/apps/jambatan/index.html', '/apps/jambatan')).toBe('index.html');
    // The app's own modules under src/data/ are not the data folder (the blank-page bug).
    expect(pathBelow('/src/data/use-pack.ts', '/data/')).toBeNull();
    expect(pathBelow('/data-old/pack.json', '/data/')).toBeNull();
    expect(pathBelow('/apps/jambatan-old/index.html', '/apps/jambatan/')).toBeNull();
  });
});

describe('fileInside', () => {
  const root = resolve('data');
  it('finds files inside the folder', () => {
    expect(fileInside(root, 'packs.json')).toBe(resolve(root, 'packs.json'));
    expect(fileInside(root, '/malaysia-china/pack.json')).toBe(
      resolve(root, 'malaysia-china/pack.json'),
    );
  });
  it('never leaves the folder, not even for a sibling whose name starts the same', () => {
    expect(fileInside(root, '../package.json')).toBeNull();
    expect(fileInside(root, '../data-old/pack.json')).toBeNull();
    expect(fileInside(root, 'a/../../data-old/x')).toBeNull();
    expect(fileInside(root, '/../../etc/passwd')).toBeNull();
  });
});

describe('staticFile', () => {
  it('finds a file under the URL folder, a folder’s index.html, and its content type', () => {
    expect(staticFile('data', '/apps/j/', '/apps/j/packs.json')).toEqual({
      file: resolve('data/packs.json'),
      type: 'application/json',
    });
    expect(staticFile('public', '/', '/embed.js')?.type).toBe('text/javascript; charset=utf-8');
  });
  it('finds nothing outside the folder or where there is no file', () => {
    expect(staticFile('data', '/apps/j/', '/apps/j/../package.json')).toBeNull();
    expect(staticFile('data', '/apps/j/', '/apps/j-old/packs.json')).toBeNull();
    expect(staticFile('data', '/apps/j/', '/apps/j/no-such.json')).toBeNull();
  });
});
