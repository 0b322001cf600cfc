import type { Translate } from '@/i18n/message-id';

/**
 * "Name (Country)", or the name alone for a party without a country or named as its country;
 * worded in the language of `t`.
 */
export function partyLabel(
  party: { name: string; country?: string },
  countryNames: Record<string, string>,
  t: Translate,
): string {
  if (!party.country) return party.name;
  const country = countryNames[party.country] ?? party.country.toUpperCase();
  // "China", not "China (China)".
  return party.name.toLowerCase() === country.toLowerCase()
    ? party.name
    : t('agreements.party', { name: party.name, country });
}

/** What a date's precision leaves open, said in words so a year is not read as 1 January. */
export function precisionNote(date: string, t: Translate): string {
  if (/^\d{4}$/.test(date)) return t('agreements.precision.year');
  if (/^\d{4}-\d{2}$/.test(date)) return t('agreements.precision.month');
  return '';
}
