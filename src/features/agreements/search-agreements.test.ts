import { describe, expect, it } from 'vitest';
import type { AgreementRecord } from '@/data/schema';
import { buildSearchIndex, foldText, matchesTerms, queryTerms } from './search-agreements';

const record = (id: string, title: string, subject: string, parties: string[]) =>
  ({
    id,
    title,
    subject,
    parties: parties.map((name) => ({ name })),
  }) as AgreementRecord;

const index = buildSearchIndex([
  record('a', 'Joint Communiqué', 'Diplomatic relations', ["People's Republic of China"]),
  record('b', 'Heads of agreement', 'Proton stake', ['Zhejiang Geely Holding', 'DRB-Hicom']),
  record('c', '熊猫保护协议', 'Giant pandas', ['NRES']),
]);
const find = (q: string) => ['a', 'b', 'c'].filter((id) => matchesTerms(index, id, queryTerms(q)));

describe('agreement search', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldText('  Joint  COMMUNIQUÉ, 1974! ')).toBe('joint communique 1974');
    expect(foldText("People's")).toBe('peoples');
    expect(foldText('DRB-Hicom')).toBe('drb hicom');
  });

  it('matches title, subject and party names, case- and accent-insensitively', () => {
    expect(find('communique')).toEqual(['a']);
    expect(find('COMMUNIQUÉ')).toEqual(['a']);
    expect(find('proton')).toEqual(['b']);
    expect(find('geely')).toEqual(['b']);
    expect(find("people's")).toEqual(['a']);
    expect(find('peoples')).toEqual(['a']);
    expect(find('熊猫')).toEqual(['c']);
  });

  it('keeps at most 8 distinct words of a long query, in order', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 'abcdefghij'[i % 10]).join(' ');
    expect(queryTerms(hundred)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(queryTerms('Geely GEELY géely proton')).toEqual(['geely', 'proton']);
    // "zzz" is the 9th distinct word: not searched, so it does not rule the record out.
    expect(find(`geel ${'drb '.repeat(50)} a b c d e f zzz`)).toEqual(['b']);
  });

  it('needs every word, anywhere in a word', () => {
    expect(find('geel drb')).toEqual(['b']);
    expect(find('geely communique')).toEqual([]);
    expect(find('hicom')).toEqual(['b']);
  });

  it('matches everything for an empty or punctuation-only query', () => {
    expect(find('')).toEqual(['a', 'b', 'c']);
    expect(find(' - , ')).toEqual(['a', 'b', 'c']);
  });

  it('finds nothing for an id it does not know', () => {
    expect(matchesTerms(index, 'zzz', ['a'])).toBe(false);
  });
});
