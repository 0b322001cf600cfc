// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareSearch, searchRecords, searchTerms, type SearchFields } from './search-index';

interface Note {
  title: string;
}
const BY_TITLE: SearchFields<Note> = { fields: ['title'], textOf: (note) => ({ ...note }) };
const notes: Note[] = [
  { title: 'Panda conservation agreement · 大熊猫保护研究合作协议' },
  { title: 'Port alliance · 港口联盟' },
  { title: 'Kerjasama pelabuhan' },
];
const find = (query: string) => [...(searchRecords(notes, query, BY_TITLE) ?? [])];

describe('one search for every list', () => {
  it('finds a word written without spaces anywhere in a Chinese run, not only at its start', () => {
    expect(find('大熊猫')).toEqual([0]);
    expect(find('保护')).toEqual([0]);
    expect(find('协议')).toEqual([0]);
    expect(find('联盟')).toEqual([1]);
    // One character is a prefix while typing.
    expect(find('港')).toEqual([1]);
    // Every part must match, as for words.
    expect(find('保护 联盟')).toEqual([]);
  });

  it('splits a Chinese query into the same pairs as the text', () => {
    expect(searchTerms('熊猫保护')).toEqual(['熊猫', '猫保', '保护']);
    expect(searchTerms('ECRL 东海岸')).toEqual(['ecrl', '东海', '海岸']);
  });

  it('forgives one slip in a longer word, in Malay as in English', () => {
    expect(find('pelabohan')).toEqual([2]);
    expect(find('conservaton')).toEqual([0]);
  });
});

describe('the index built in the background', () => {
  const many = Array.from({ length: 500 }, (_, i) => ({ title: `Project ${i} harbour` }));
  many[321] = { title: 'Kuantan rail link' };
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the same answers as one built on the first search', () => {
    const records = many.slice();
    prepareSearch(records, BY_TITLE, new AbortController().signal);
    vi.runAllTimers();
    expect([...searchRecords(records, 'kuantan', BY_TITLE)!]).toEqual([321]);
    expect(searchRecords(records, 'harbour', BY_TITLE)!.size).toBe(499);
  });

  it('answers a search made before it is finished in full', () => {
    const records = many.slice();
    prepareSearch(records, BY_TITLE, new AbortController().signal);
    vi.advanceTimersToNextTimer();
    expect(searchRecords(records, 'harbour', BY_TITLE)!.size).toBe(499);
    expect([...searchRecords(records, 'rail', BY_TITLE)!]).toEqual([321]);
  });

  it('stops when its view closes, and a later search still finds everything', () => {
    const records = many.slice();
    const stop = new AbortController();
    prepareSearch(records, BY_TITLE, stop.signal);
    stop.abort();
    vi.runAllTimers();
    expect([...searchRecords(records, 'kuantan', BY_TITLE)!]).toEqual([321]);
  });
});
