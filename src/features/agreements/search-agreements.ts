import type { AgreementRecord } from '@/data/schema';
import { limitTerms } from '@/filters/search-terms';
import { textOf } from '@/lib/text';

/**
 * Folds text for matching: lower case, accents removed ("communiqué" → "communique"),
 * apostrophes dropped ("People's" → "peoples") and other punctuation turned into spaces.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct words of a query, folded, at most 8; empty when there is nothing to search for. */
export function queryTerms(query: string): string[] {
  return limitTerms(foldText(query).split(' '));
}

/** Searchable text per agreement id: title, subject and party names, folded once. */
export type AgreementSearchIndex = ReadonlyMap<string, string>;

export function buildSearchIndex(agreements: AgreementRecord[]): AgreementSearchIndex {
  return new Map(
    agreements.map((a) => [
      a.id,
      ` ${foldText([textOf(a.title), textOf(a.subject), ...a.parties.map((p) => p.name)].join(' '))} `,
    ]),
  );
}

/**
 * True when every word of the query occurs in the record's text. Words match anywhere in a
 * word ("geel" finds Geely), which suits a few dozen records better than a ranked fuzzy search
 * that would surface near-misses a reader cannot explain.
 */
export function matchesTerms(index: AgreementSearchIndex, id: string, terms: string[]): boolean {
  if (terms.length === 0) return true;
  const text = index.get(id);
  return text !== undefined && terms.every((term) => text.includes(term));
}
