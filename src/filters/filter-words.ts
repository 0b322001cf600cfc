import type { Language } from '@/i18n/languages';
import type { MessageId } from '@/i18n/message-id';
import type { FilterField, YearsMeaning } from '@/registry/filter-specs';

/** An interface text in the reader's language: `useT().t` in a component, passed down. */
export type Translate = (id: MessageId, values?: Record<string, unknown>) => string;

/** The reader's language as the filter kit needs it: `useT()` gives exactly this. */
export interface FilterLanguage {
  t: Translate;
  lang: Language;
  /** The Intl locale, for lists ("A or B") and numbers. */
  locale: string;
}

const FACET_NAMES: Readonly<Record<string, MessageId>> = {
  sector: 'filters.facet.sector',
  status: 'filters.facet.status',
  country: 'filters.facet.country',
  state: 'filters.facet.state',
  type: 'filters.facet.type',
  party: 'filters.facet.party',
  kind: 'filters.facet.kind',
};

/**
 * A facet's name, the same in its control (the fieldset's legend) and in words about it
 * ("Sector: Automotive"): named by its URL parameter, which means one thing in every list.
 */
export function facetName(field: Extract<FilterField, { kind: 'facet' }>, t: Translate): string {
  return Object.hasOwn(FACET_NAMES, field.param) ? t(FACET_NAMES[field.param]!) : field.param;
}

/** The name of a list's year range: "Active in years", "Year", "Years". */
export function yearsName(means: YearsMeaning, t: Translate): string {
  return t(`filters.years.${means}.legend`);
}
