import { describe, expect, it } from 'vitest';
import type { AgreementRecord } from '@/data/schema';
import { searchAgreements } from './search-agreements';

const record = (id: string, title: string, subject: string, parties: string[]) =>
  ({
    id,
    title,
    subject,
    parties: parties.map((name) => ({ name })),
  }) as AgreementRecord;

const records = [
  record('a', 'Joint Communiqué', 'Diplomatic relations', ["People's Republic of China"]),
  record('b', 'Heads of agreement', 'Proton stake', ['Zhejiang Geely Holding', 'DRB-Hicom']),
  record('c', '熊猫保护协议', 'Giant pandas', ['NRES']),
];
const find = (q: string) => {
  const found = searchAgreements(records, q);
  return records.filter((_, i) => !found || found.has(i)).map((r) => r.id);
};

describe('agreement search', () => {
  it('matches title, subject and party names, case- and accent-insensitively', () => {
    expect(find('communique')).toEqual(['a']);
    expect(find('COMMUNIQUÉ')).toEqual(['a']);
    expect(find('proton')).toEqual(['b']);
    expect(find('geely')).toEqual(['b']);
    expect(find("people's")).toEqual(['a']);
    expect(find('peoples')).toEqual(['a']);
    expect(find('熊猫')).toEqual(['c']);
  });

  it('forgives one slip in a longer word, as the Projects search does', () => {
    expect(find('Gealy')).toEqual(['b']);
    expect(find('comunique')).toEqual(['a']);
  });

  it('keeps at most 8 distinct words of a long query, in order', () => {
    // "zzz" is the 9th distinct word: not searched, so it does not rule the record out.
    const words = 'geel drb hicom zhejiang holding heads proton stake';
    expect(find(`${words} ${'drb '.repeat(50)} zzz`)).toEqual(['b']);
    expect(find(`${words} zzz`)).toEqual(['b']);
  });

  it('needs every word, each a word or the start of one', () => {
    expect(find('geel drb')).toEqual(['b']);
    expect(find('geely communique')).toEqual([]);
    expect(find('hicom')).toEqual(['b']);
  });

  it('matches everything for an empty or punctuation-only query', () => {
    expect(find('')).toEqual(['a', 'b', 'c']);
    expect(find(' - , ')).toEqual(['a', 'b', 'c']);
  });
});
