import { AGREEMENT_TYPES } from '@/data/labels';
import type { AgreementRecord } from '@/data/schema';
import type { FilterSpec, FilterState, KnownValues } from '@/filters/url-state';

/**
 * The Agreements list's URL parameters. The agreement page reads the same ones, so that a link
 * from the list carries the reader's selection and the page can step through it.
 */
export const AGREEMENT_FILTERS = {
  type: { kind: 'list' },
  sector: { kind: 'list' },
  party: { kind: 'list' },
  from: { kind: 'year' },
  to: { kind: 'year' },
  q: { kind: 'text' },
  sort: { kind: 'choice', options: ['date', 'oldest', 'title'], default: 'date' },
} as const satisfies FilterSpec;

export type AgreementFilters = FilterState<typeof AGREEMENT_FILTERS>;
export type AgreementSort = AgreementFilters['sort'];

/** The orders offered, in the menu's order; their words are `agreements.sort.<id>`. */
export const SORT_OPTIONS = AGREEMENT_FILTERS.sort.options;

/**
 * Ids a list parameter may hold. Sectors and party countries come from the agreements
 * themselves: a value no agreement has would only ever give an empty list, so it is ignored
 * like any other unknown value (and the page does not need sectors.json to parse its URL).
 */
export function knownAgreementValues(
  agreements: AgreementRecord[],
): KnownValues<typeof AGREEMENT_FILTERS> {
  return {
    type: new Set(AGREEMENT_TYPES),
    sector: new Set(agreements.flatMap((a) => a.sectors)),
    party: new Set(agreements.flatMap((a) => a.parties.flatMap((p) => p.country ?? []))),
  };
}

/** True when the reader narrowed the list (sort alone does not narrow it). */
export function isNarrowed(filters: AgreementFilters): boolean {
  return (
    filters.type.length + filters.sector.length + filters.party.length > 0 ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.q.trim() !== ''
  );
}
