import { t } from '@/i18n/i18n';

/**
 * "Name (Country)", or the name alone for a party without a country or named as its country.
 * Call it while rendering a component that uses `useT`, so that it follows the language.
 */
export function partyLabel(
  party: { name: string; country?: string },
  countryNames: Record<string, string>,
): string {
  if (!party.country) return party.name;
  const country = countryNames[party.country] ?? party.country.toUpperCase();
  // "China", not "China (China)".
  return party.name.toLowerCase() === country.toLowerCase()
    ? party.name
    : t('agreements.party', { name: party.name, country });
}

/** What a date's precision leaves open, said in words so a year is not read as 1 January. */
export function precisionNote(date: string): string {
  if (/^\d{4}$/.test(date)) return t('agreements.precision.year');
  if (/^\d{4}-\d{2}$/.test(date)) return t('agreements.precision.month');
  return '';
}
