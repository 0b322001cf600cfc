import { describe, expect, it } from 'vitest';
import { dateFormat, formatNumber, listFormat, numberFormat } from './intl-formats';

describe('shared Intl formatters', () => {
  it('builds each (locale, options) formatter once and reuses it', () => {
    expect(numberFormat('ms', { notation: 'compact' })).toBe(
      numberFormat('ms', { notation: 'compact' }),
    );
    expect(dateFormat('zh-CN', { year: 'numeric' })).toBe(dateFormat('zh-CN', { year: 'numeric' }));
    expect(listFormat('en', { type: 'disjunction' })).toBe(
      listFormat('en', { type: 'disjunction' }),
    );
  });

  it('keeps formatters of different locales or options apart', () => {
    expect(numberFormat('en')).not.toBe(numberFormat('de'));
    expect(listFormat('en', { type: 'conjunction' })).not.toBe(
      listFormat('en', { type: 'disjunction' }),
    );
    expect(listFormat('en', { type: 'conjunction' }).format(['a', 'b'])).toBe('a and b');
    expect(listFormat('en', { type: 'disjunction' }).format(['a', 'b'])).toBe('a or b');
  });

  it('formats counts in the reader\u2019s language', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'de')).toBe('1.234.567');
  });
});
