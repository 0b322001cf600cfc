import MiniSearch, { type SearchOptions } from 'minisearch';
import type { ProjectRecord } from '@/data/schema';
import { textOf } from '@/lib/text';
import { limitTerms } from '../search-terms';

/** Lower-case without accents, so that "Geély" finds Geely and "KUANTAN" finds Kuantan. */
function foldTerm(term: string): string | null {
  const folded = term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return folded || null;
}

interface SearchDoc {
  id: number;
  name: string;
  summary: string;
  partners: string;
  location: string;
}

function docOf(project: ProjectRecord, id: number): SearchDoc {
  return {
    id,
    name: textOf(project.name),
    summary: textOf(project.summary),
    partners: project.partners.map((p) => p.name).join(' · '),
    location: project.places.flatMap((p) => [p.name, p.state ?? '']).join(' · '),
  };
}

const cache = new WeakMap<readonly ProjectRecord[], MiniSearch<SearchDoc>>();

/** The search index of a projects array, built on the first search and kept for the array's life. */
function indexOf(projects: readonly ProjectRecord[]): MiniSearch<SearchDoc> {
  let index = cache.get(projects);
  if (!index) {
    index = new MiniSearch<SearchDoc>({
      fields: ['name', 'summary', 'partners', 'location'],
      processTerm: foldTerm,
      searchOptions: {
        // Every word must match (a filter narrows); words of 4+ letters forgive one slip.
        combineWith: 'AND',
        prefix: true,
        fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
        boost: { name: 2 },
      },
    });
    index.addAll(projects.map(docOf));
    cache.set(projects, index);
  }
  return index;
}

/** True when the query holds at least one letter or digit; punctuation alone searches nothing. */
function hasWords(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

/** Where MiniSearch splits text into words (its default), so that the query splits the same way. */
const WORD_BREAKS = /[\n\r\p{Z}\p{P}]+/u;

/** The query's distinct words, folded, at most 8 (see limitTerms). */
export function projectSearchTerms(query: string): string[] {
  return limitTerms(query.split(WORD_BREAKS).map(foldTerm));
}

/**
 * Indices of the projects that match `query` in name, summary, partners or location,
 * or null when the query has no words (then it does not filter).
 */
export function searchProjects(
  projects: readonly ProjectRecord[],
  query: string,
): ReadonlySet<number> | null {
  if (!hasWords(query)) return null;
  const terms = projectSearchTerms(query);
  // A one-letter word starts thousands of words: taken as a prefix only while it is the whole
  // query (the reader is typing), otherwise as a word of its own.
  const options: SearchOptions = { prefix: (term) => terms.length === 1 || term.length > 1 };
  return new Set(
    indexOf(projects)
      .search(terms.join(' '), options)
      .map((result) => result.id as number),
  );
}
