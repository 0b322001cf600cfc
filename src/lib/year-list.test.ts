import { describe, expect, it } from 'vitest';
import { formatYearList } from './year-list';

describe('formatYearList', () => {
  it('lists years in runs', () => {
    expect(formatYearList([2013, 2014, 2015, 2021, 2023])).toBe('2013–2015, 2021, 2023');
    expect(formatYearList([2020])).toBe('2020');
    expect(formatYearList([])).toBe('');
  });
});
