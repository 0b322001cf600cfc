import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  endOf,
  isValidPartialDate,
  mayPrecede,
  precisionOf,
  startOf,
} from './partial-date';

describe('partial dates', () => {
  it('accepts the three precisions and keeps them', () => {
    expect(precisionOf('2017')).toBe('year');
    expect(precisionOf('2017-06')).toBe('month');
    expect(precisionOf('2017-06-24')).toBe('day');
  });

  it('refuses impossible or malformed dates', () => {
    for (const bad of [
      '2023-02-29',
      '2024-13',
      '2024-00',
      '2024-04-31',
      '17',
      '2017-6',
      '2017/06/24',
      '',
    ]) {
      expect(isValidPartialDate(bad), bad).toBe(false);
    }
    expect(isValidPartialDate('2024-02-29')).toBe(true);
  });

  it('treats a year as the whole year, not 1 January', () => {
    expect(startOf('2017')).toBe(Date.UTC(2017, 0, 1));
    expect(endOf('2017')).toBe(Date.UTC(2018, 0, 1) - 1);
    expect(endOf('2017-02')).toBe(Date.UTC(2017, 2, 1) - 1);
    // A project that starts "2017-08" may end "2017": the year covers August.
    expect(mayPrecede('2017-08', '2017')).toBe(true);
    expect(mayPrecede('2018-01', '2017')).toBe(false);
  });

  it('sorts by start, with a year before its own months', () => {
    expect(['2017-06-24', '2017', '2016-12', '2017-06'].sort(comparePartialDates)).toEqual([
      '2016-12',
      '2017',
      '2017-06',
      '2017-06-24',
    ]);
  });
});
