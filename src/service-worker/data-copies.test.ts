import { describe, expect, it } from 'vitest';
import { copyKey, isKept, packIdsOf } from './data-copies';

const DATA = '/apps/jambatan/data/';
const at = (path: string) => `https://intranet.example${DATA}${path}`;

describe('the saved copies of data files', () => {
  it('are one per file, whatever query the request carried', () => {
    expect(copyKey(at('malaysia-china/pack.json?v=2#x'))).toBe(at('malaysia-china/pack.json'));
    expect(copyKey(at('packs.json'))).toBe(at('packs.json'));
  });

  it('are kept for the manifest and the packs it lists, and dropped for any other', () => {
    const ids = ['malaysia-china'];
    expect(isKept(at('packs.json'), DATA, ids)).toBe(true);
    expect(isKept(at('malaysia-china/trade.json'), DATA, ids)).toBe(true);
    expect(isKept(at('malaysia-japan/trade.json'), DATA, ids)).toBe(false);
    expect(isKept(at('malaysia-china-old/trade.json'), DATA, ids)).toBe(false);
    expect(isKept(at('malaysia-china/trade.json?v=1'), DATA, ids)).toBe(false);
    expect(isKept('https://intranet.example/other/data/packs.json', DATA, ids)).toBe(false);
  });

  it('are pruned only on a real manifest', () => {
    expect(packIdsOf({ packs: [{ id: 'a' }, { id: 'b', title: 'B' }] })).toEqual(['a', 'b']);
    expect(packIdsOf({ packs: [{ id: 1 }] })).toBeUndefined();
    expect(packIdsOf({ packs: [] })).toBeUndefined();
    expect(packIdsOf({ title: 'not a manifest' })).toBeUndefined();
    expect(packIdsOf(null)).toBeUndefined();
  });
});
