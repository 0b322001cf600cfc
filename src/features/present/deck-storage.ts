import * as z from 'zod/mini';
import { describeIssues } from '../../data/describe-issue';
import { formatProblem } from '../../data/problems';
import { Deck, type DeckRecord } from '../../data/schema';
import { t } from '../../i18n/i18n';

/** Where the reader's own decks live in localStorage; the version lets a later format migrate. */
export const DECKS_KEY = 'jambatan:decks:v1';
/** Where an unreadable store is moved before it is overwritten, so nothing is lost silently. */
export const DECKS_BACKUP_KEY = 'jambatan:decks:v1:unreadable';

export type DeckCheck = { ok: true; deck: DeckRecord } | { ok: false; problems: string[] };

/**
 * Checks a value against the pack's Deck schema; problems are worded as data:check words them (in
 * English, as on the command line). The other problems here are interface texts, worded in the
 * reader's language when the check runs.
 */
export function checkDeck(value: unknown, label: string): DeckCheck {
  const result = z.safeParse(Deck, value, { reportInput: true });
  if (result.success) return { ok: true, deck: result.data };
  return { ok: false, problems: describeIssues(label, result.error.issues).map(formatProblem) };
}

/** A deck file chosen for import: JSON text that must hold one deck. */
export function parseDeckJson(text: string, label: string): DeckCheck {
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

export interface StoredDecks {
  decks: DeckRecord[];
  /** What could not be read, in words, for the editor to show. */
  problems: string[];
  /** Entries that failed validation, kept as they were so that a later save does not drop them. */
  unreadable: unknown[];
  /** The raw text when the store as a whole is not a JSON list; moved aside before overwriting. */
  corruptText?: string;
}

export const EMPTY_STORE: StoredDecks = { decks: [], problems: [], unreadable: [] };

/** Reads the stored decks; a corrupt entry or store is reported, never thrown. */
export function parseStoredDecks(raw: string | null): StoredDecks {
  if (raw === null || raw === '') return EMPTY_STORE;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value))
    return {
      ...EMPTY_STORE,
      problems: [t('present.store.unreadable')],
      corruptText: raw,
    };
  const decks: DeckRecord[] = [];
  const problems: string[] = [];
  const unreadable: unknown[] = [];
  value.forEach((entry, index) => {
    const check = checkDeck(entry, `saved deck ${index + 1}`);
    if (check.ok && decks.some((d) => d.id === check.deck.id)) {
      problems.push(t('present.store.repeatedId', { n: index + 1, id: check.deck.id }));
      unreadable.push(entry);
    } else if (check.ok) decks.push(check.deck);
    else {
      problems.push(...check.problems);
      unreadable.push(entry);
    }
  });
  return { decks, problems, unreadable };
}

/** The text to store: the decks, then any unreadable entries exactly as they were. */
export function serializeDecks(decks: readonly DeckRecord[], unreadable: readonly unknown[]) {
  return JSON.stringify([...decks, ...unreadable]);
}
