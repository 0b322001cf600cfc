/**
 * The words of a search box, as every view's search uses them. A URL can carry any query: 100
 * one-letter words took 19 s to search 10,000 projects, so a query is cut to its first few
 * distinct words, which is more than a reader types and still narrows as they meant.
 */
export const MAX_SEARCH_TERMS = 8;

/** Distinct, non-empty words in their order, at most MAX_SEARCH_TERMS of them. */
export function limitTerms(words: Iterable<string | null>): string[] {
  const terms = new Set<string>();
  for (const word of words) {
    if (terms.size === MAX_SEARCH_TERMS) break;
    if (word) terms.add(word);
  }
  return [...terms];
}
