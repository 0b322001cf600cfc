import type { AgreementRecord } from '@/data/schema';
import { searchRecords, type SearchFields } from '@/filters/search-index';
import { allTextsOf } from '@/lib/text';

/** An agreement is found by its title (weighing most), its subject and its parties' names. */
const AGREEMENT_SEARCH: SearchFields<AgreementRecord> = {
  fields: ['title', 'subject', 'parties'],
  boost: { title: 2 },
  textOf: (agreement) => ({
    title: allTextsOf(agreement.title),
    subject: allTextsOf(agreement.subject),
    parties: agreement.parties.map((p) => p.name).join(' · '),
  }),
};

/**
 * Indices of the agreements that match `query`, or null when it has no words: the same search as
 * the Projects list, so a company name with one letter wrong finds its agreements too.
 */
export function searchAgreements(
  agreements: readonly AgreementRecord[],
  query: string,
): ReadonlySet<number> | null {
  return searchRecords(agreements, query, AGREEMENT_SEARCH);
}
