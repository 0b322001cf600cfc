import MiniSearch, { type SearchOptions } from 'minisearch';

/**
 * One search for every list: words by prefix, one slip forgiven in longer words, case and accents
 * ignored ("Geély" finds Geely, "KUANTAN" Kuantan, "People's" and "peoples" agree). The index of
 * a list is kept for the records array's life (a pack's files are immutable). A view prepares it
 * in the background once its list is shown (prepareSearch), in slices short enough never to hold
 * up the page; a search before it is ready finishes the rest at once.
 */

/**
 * A URL can carry any query: 100 one-letter words took 19 s to search 10,000 projects, so a query
 * is cut to its first few distinct words, which is more than a reader types and still narrows as
 * they meant.
 */
export const MAX_SEARCH_TERMS = 8;

/** What a list's search reads of a record: its text by field, and which fields weigh more. */
export interface SearchFields<R> {
  fields: readonly string[];
  boost?: Readonly<Record<string, number>>;
  textOf: (record: R) => Readonly<Record<string, string>>;
}

/** Lower-case without accents, so that "Geély" finds Geely and "KUANTAN" finds Kuantan. */
function foldTerm(term: string): string | null {
  const folded = term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return folded || null;
}

/** Where MiniSearch splits text into words (its default), so that the query splits the same way. */
const WORD_BREAKS = /[\n\r\p{Z}\p{P}]+/u;
/** An apostrophe joins a word rather than splitting it: "People's" is one word, "peoples". */
const APOSTROPHES = /['’ʼ]/g;

/**
 * Chinese, Japanese and Korean are written without spaces between words: a run of their
 * characters becomes its overlapping pairs ("熊猫保护" → 熊猫, 猫保, 保护), so that a word found
 * anywhere in a run matches. A single character stays as it is and matches as a prefix.
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

function pairsOf(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => chars[i] + char);
}

function tokenize(text: string): string[] {
  return text
    .replace(APOSTROPHES, '')
    .split(WORD_BREAKS)
    .flatMap((word) => {
      const runs = word.match(CJK_RUN);
      if (!runs) return [word];
      return [...word.split(CJK_RUN), ...runs.flatMap(pairsOf)].filter(Boolean);
    });
}

/** The query's distinct words, folded, in their order, at most MAX_SEARCH_TERMS of them. */
export function searchTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const word of tokenize(query)) {
    if (terms.size === MAX_SEARCH_TERMS) break;
    const folded = foldTerm(word);
    if (folded) terms.add(folded);
  }
  return [...terms];
}

/** True when the query holds at least one letter or digit; punctuation alone searches nothing. */
function hasWords(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

type Doc = Readonly<Record<string, string | number>>;

/** An index and how far it has got through its records. */
interface Building {
  index: MiniSearch<Doc>;
  next: number;
}

const indexes = new WeakMap<SearchFields<never>, WeakMap<readonly unknown[], Building>>();

function buildingOf<R>(records: readonly R[], how: SearchFields<R>): Building {
  let byRecords = indexes.get(how);
  if (!byRecords) indexes.set(how, (byRecords = new WeakMap()));
  let building = byRecords.get(records);
  if (!building) {
    const index = new MiniSearch<Doc>({
      fields: [...how.fields],
      tokenize,
      processTerm: foldTerm,
      searchOptions: {
        // Every word must match (a filter narrows); words of 4+ letters forgive one slip.
        combineWith: 'AND',
        prefix: true,
        fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
        boost: { ...how.boost },
      },
    });
    building = { index, next: 0 };
    byRecords.set(records, building);
  }
  return building;
}

/** Indexes records from where the index has got to, up to `until`. */
function indexUpTo<R>(
  records: readonly R[],
  how: SearchFields<R>,
  building: Building,
  until: number,
) {
  for (; building.next < Math.min(until, records.length); building.next++)
    building.index.add({ ...how.textOf(records[building.next]!), id: building.next });
}

/** Records indexed at a time in the background: about a millisecond's work on a laptop. */
const SLICE = 50;
/** The most background work done at once, well under a frame. */
const IDLE_SLOT_MS = 10;

/** Runs `work` when the browser is idle, with the time it has; a short slot where it cannot say. */
const whenIdle: (work: (timeLeft: () => number) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (work) => requestIdleCallback((deadline) => work(() => deadline.timeRemaining()))
    : (work) => {
        setTimeout(() => work(() => IDLE_SLOT_MS), 0);
      };

/**
 * Builds the search index of a list while the browser is idle, a few records at a time, so that
 * the reader's first keystroke finds it ready and no task grows long. Stops if `signal` is
 * aborted (the view closed); what was indexed is kept for the next search.
 */
export function prepareSearch<R>(
  records: readonly R[],
  how: SearchFields<R>,
  signal: AbortSignal,
): void {
  const building = buildingOf(records, how);
  const step = (timeLeft: () => number) => {
    // An idle period may offer 50 ms; taking it all would be a long task if the reader acts.
    const end = performance.now() + IDLE_SLOT_MS;
    while (
      !signal.aborted &&
      building.next < records.length &&
      timeLeft() > 1 &&
      performance.now() < end
    )
      indexUpTo(records, how, building, building.next + SLICE);
    if (!signal.aborted && building.next < records.length) whenIdle(step);
  };
  whenIdle(step);
}

function indexOf<R>(records: readonly R[], how: SearchFields<R>): MiniSearch<Doc> {
  const building = buildingOf(records, how);
  indexUpTo(records, how, building, records.length);
  return building.index;
}

/**
 * Indices of the records that match every word of `query`, or null when the query has no words
 * (then it does not filter).
 */
export function searchRecords<R>(
  records: readonly R[],
  query: string,
  how: SearchFields<R>,
): ReadonlySet<number> | null {
  if (!hasWords(query)) return null;
  const terms = searchTerms(query);
  // A one-letter word starts thousands of words: taken as a prefix only while it is the whole
  // query (the reader is typing), otherwise as a word of its own.
  const options: SearchOptions = { prefix: (term) => terms.length === 1 || term.length > 1 };
  return new Set(
    indexOf(records, how)
      .search(terms.join(' '), options)
      .map((result) => result.id as number),
  );
}
