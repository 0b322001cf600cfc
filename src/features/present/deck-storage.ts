import { DECK_LIMITS } from '@/data/deck-limits';
import type { DeckRecord } from '@/data/schema';
import { t } from '@/i18n/i18n';
import { checkDeck, type DeckCheck } from './deck-check';

/** Where the reader's own decks live in localStorage; the version lets a later format migrate. */
export const DECKS_KEY = 'jambatan:decks:v1';
/** Where an unreadable store is moved before it is overwritten, so nothing is lost silently. */
export const DECKS_BACKUP_KEY = 'jambatan:decks:v1:unreadable';

/**
 * A deck file chosen for import: JSON text that must hold one deck. Its size is checked before
 * anything is parsed (the caller checks the file's size before reading it, too).
 */
export function parseDeckJson(text: string, label: string): DeckCheck {
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

export interface StoredDecks {
  decks: DeckRecord[];
  /** What could not be read, in words, for the editor to show. */
  problems: string[];
  /** Entries that failed validation, kept as they were so that a later save does not drop them. */
  unreadable: unknown[];
  /** The same entries with their number in the store, for the reader to remove one by one. */
  rejected: { n: number; entry: unknown }[];
  /** The raw text when the store as a whole is not a JSON list; moved aside before overwriting. */
  corruptText?: string;
}

export const EMPTY_STORE: StoredDecks = { decks: [], problems: [], unreadable: [], rejected: [] };

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
  const rejected: StoredDecks['rejected'] = [];
  value.forEach((entry, index) => {
    const n = index + 1;
    const check = checkDeck(entry, `saved deck ${n}`);
    if (check.ok && decks.some((d) => d.id === check.deck.id)) {
      problems.push(t('present.store.repeatedId', { n, id: check.deck.id }));
      rejected.push({ n, entry });
    } else if (check.ok) decks.push(check.deck);
    else {
      // Not spread into push: a deck's problems are bounded, but a call's arguments are fewer.
      for (const line of check.problems) problems.push(line);
      rejected.push({ n, entry });
    }
  });
  return { decks, problems, unreadable: rejected.map((r) => r.entry), rejected };
}

/** The text to store: the decks, then any unreadable entries exactly as they were. */
export function serializeDecks(decks: readonly DeckRecord[], unreadable: readonly unknown[]) {
  return JSON.stringify([...decks, ...unreadable]);
}
