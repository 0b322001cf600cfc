import { DECK_LIMITS } from '@/data/deck-limits';
import type { DeckRecord } from '@/data/schema';
import type { Translate } from '@/i18n/message-id';
import { checkDeck, type DeckCheck } from './deck-check';

/** Where the reader's own decks live in localStorage; the version lets a later format migrate. */
export const DECKS_KEY = 'jambatan:decks:v1';
/** Where an unreadable store is moved before it is overwritten, so nothing is lost silently. */
export const DECKS_BACKUP_KEY = 'jambatan:decks:v1:unreadable';

/**
 * A deck file chosen for import: JSON text that must hold one deck. Its size is checked before
 * anything is parsed (the caller checks the file's size before reading it, too). The file's own
 * problems are worded in the language of `t`; the deck's, as data:check words them.
 */
export function parseDeckJson(text: string, label: string, t: Translate): DeckCheck {
  // A character is at least one byte in the file: more characters than bytes allowed is too big.
  if (text.length > DECK_LIMITS.fileBytes)
    return { ok: false, problems: [t('present.import.tooLarge', { file: label })] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [t('present.import.notJson', { file: label })] };
  }
  // A whole decks.json is accepted when it holds exactly one deck, so pack decks can be imported.
  if (value && typeof value === 'object' && 'decks' in value && Array.isArray(value.decks)) {
    if (value.decks.length !== 1)
      return {
        ok: false,
        problems: [t('present.import.manyDecks', { file: label, count: value.decks.length })],
      };
    value = value.decks[0];
  }
  return checkDeck(value, label);
}

/** The store as read: what saving needs, with no words. */
export interface StoreContents {
  decks: DeckRecord[];
  /** Entries that failed validation, kept as they were so that a later save does not drop them. */
  unreadable: unknown[];
  /** The same entries with their number in the store, for the reader to remove one by one. */
  rejected: { n: number; entry: unknown }[];
  /** The raw text when the store as a whole is not a JSON list; moved aside before overwriting. */
  corruptText?: string;
  /** What could not be read, in order, to be put in words for the reader. */
  found: StoreProblem[];
}

type StoreProblem =
  | { kind: 'unreadable' }
  | { kind: 'repeatedId'; n: number; id: string }
  /** Worded as data:check words them, in English. */
  | { kind: 'invalid'; lines: string[] };

export interface StoredDecks extends Omit<StoreContents, 'found'> {
  /** What could not be read, in words, for the editor to show. */
  problems: string[];
}

const EMPTY_CONTENTS: StoreContents = { decks: [], unreadable: [], rejected: [], found: [] };

/** Reads the stored decks; a corrupt entry or store is reported, never thrown. */
export function readStoredDecks(raw: string | null): StoreContents {
  if (raw === null || raw === '') return EMPTY_CONTENTS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value))
    return { ...EMPTY_CONTENTS, found: [{ kind: 'unreadable' }], corruptText: raw };
  const decks: DeckRecord[] = [];
  const found: StoreProblem[] = [];
  const rejected: StoreContents['rejected'] = [];
  value.forEach((entry, index) => {
    const n = index + 1;
    const check = checkDeck(entry, `saved deck ${n}`);
    if (check.ok && decks.some((d) => d.id === check.deck.id)) {
      found.push({ kind: 'repeatedId', n, id: check.deck.id });
      rejected.push({ n, entry });
    } else if (check.ok) decks.push(check.deck);
    else {
      found.push({ kind: 'invalid', lines: check.problems });
      rejected.push({ n, entry });
    }
  });
  return { decks, unreadable: rejected.map((r) => r.entry), rejected, found };
}

/** The stored decks with what could not be read worded in the language of `t`. */
export function parseStoredDecks(raw: string | null, t: Translate): StoredDecks {
  const { found, ...contents } = readStoredDecks(raw);
  const problems: string[] = [];
  for (const problem of found) {
    if (problem.kind === 'unreadable') problems.push(t('present.store.unreadable'));
    else if (problem.kind === 'repeatedId')
      problems.push(t('present.store.repeatedId', { n: problem.n, id: problem.id }));
    // Not spread into push: a deck's problems are bounded, but a call's arguments are fewer.
    else for (const line of problem.lines) problems.push(line);
  }
  return { ...contents, problems };
}

/** The text to store: the decks, then any unreadable entries exactly as they were. */
export function serializeDecks(decks: readonly DeckRecord[], unreadable: readonly unknown[]) {
  return JSON.stringify([...decks, ...unreadable]);
}
