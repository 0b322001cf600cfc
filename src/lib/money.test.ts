import { describe, expect, it } from 'vitest';
import { formatMoney, sumByCurrency } from './money';

describe('money', () => {
  it('formats compactly with the currency', () => {
    // Intl separates the code with a no-break space.
    expect(formatMoney({ amount: 50_270_000_000, currency: 'MYR' })).toBe('MYR\u00a050.27B');
    expect(formatMoney({ amount: 422_300_000, currency: 'USD' })).toBe('$422.3M');
  });

  it('never adds different currencies together', () => {
    const totals = sumByCurrency([
      { amount: 10, currency: 'MYR' },
      { amount: 5, currency: 'USD' },
      { amount: 20, currency: 'MYR' },
    ]);
    expect(totals).toEqual([
      { currency: 'MYR', amount: 30 },
      { currency: 'USD', amount: 5 },
    ]);
  });
});
