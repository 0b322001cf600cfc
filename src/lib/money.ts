/** Money formatting. Amounts in different currencies are never added together. */
import { numberFormat } from './intl-formats';

export interface Amount {
  amount: number;
  currency: string;
}

export function formatMoney({ amount, currency }: Amount, locale = 'en'): string {
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(amount);
  } catch {
    // An unknown ISO code still reads sensibly.
    return `${currency} ${numberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(amount)}`;
  }
}

/** Totals per currency, largest first. */
export function sumByCurrency(amounts: Iterable<Amount>): Amount[] {
  const totals = new Map<string, number>();
  for (const { amount, currency } of amounts)
    totals.set(currency, (totals.get(currency) ?? 0) + amount);
  return [...totals]
    .map(([currency, amount]) => ({ currency, amount }))
    .sort((a, b) => b.amount - a.amount);
}
