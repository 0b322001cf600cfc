import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPartialDate } from './format-date';

describe('formatPartialDate', () => {
  it('shows each date at its own precision', () => {
    expect(formatPartialDate('2017')).toBe('2017');
    expect(formatPartialDate('2017-06')).toBe('Jun 2017');
    expect(formatPartialDate('2017-06-24')).toBe('24 Jun 2017');
  });

  it('formats for the locale, and a year alone stays a year in every language', () => {
    expect(formatPartialDate('2017', 'zh-CN')).toBe('2017');
    expect(formatPartialDate('2017-06', 'zh-CN')).toBe('2017年6月');
    expect(formatPartialDate('2017-06-24', 'ms-MY')).toBe('24 Jun 2017');
  });

  it('joins ranges and collapses a range of one date', () => {
    expect(formatDateRange('2024-06-18', '2024-06-20')).toBe('18 Jun 2024 – 20 Jun 2024');
    expect(formatDateRange('2019', undefined)).toBe('2019');
  });
});
