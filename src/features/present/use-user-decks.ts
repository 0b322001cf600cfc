import { useSyncExternalStore } from 'react';
import type { DeckRecord } from '@/data/schema';
import { i18n } from '@/i18n/i18n';
import {
  DECKS_BACKUP_KEY,
  DECKS_KEY,
  EMPTY_STORE,
  parseStoredDecks,
  serializeDecks,
  type StoredDecks,
} from './deck-storage';

/** Fired in this window after a save; other windows (the speaker window) hear 'storage'. */
const CHANGED = 'jambatan:decks-changed';

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(DECKS_KEY);
  } catch {
    return null;
  }
}

/**
 * Counts changes of the interface texts (a language switch, a file of texts arriving): the
 * problems found in the store are worded again in the reader's language.
 */
let texts = 0;
i18n.on('change', () => {
  texts += 1;
});

let cache: { raw: string | null; texts: number; value: StoredDecks } | undefined;

function snapshot(): StoredDecks {
  const raw = readRaw();
  if (!cache || cache.raw !== raw || cache.texts !== texts)
    cache = { raw, texts, value: parseStoredDecks(raw) };
  return cache.value;
}

function subscribe(onChange: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === DECKS_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, onChange);
  const stopTexts = i18n.on('change', onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, onChange);
    stopTexts();
  };
}

/** The reader's own decks, kept in this browser, with any problems reading them. */
export function useUserDecks(): StoredDecks {
  return useSyncExternalStore(subscribe, snapshot, () => EMPTY_STORE);
}

/** The browser refused to store; shown in words by the editor (the message is for the console). */
export class DeckSaveError extends Error {}

/**
 * Applies a change to the stored decks, read afresh so that two windows do not overwrite each
 * other's edits. Throws a DeckSaveError in words when the browser refuses to store.
 */
export function saveUserDecks(change: (decks: DeckRecord[]) => DeckRecord[]): DeckRecord[] {
  const current = snapshot();
  const next = change(current.decks);
  write(current, serializeDecks(next, current.unreadable));
  return next;
}

/**
 * Deletes a saved entry that no longer validates, on the reader's request: it can be neither
 * presented nor edited. Found again by its content, as another window may have saved meanwhile.
 */
export function removeUnreadableDeck(entry: unknown): void {
  const current = snapshot();
  const text = JSON.stringify(entry);
  const at = current.unreadable.findIndex((e) => JSON.stringify(e) === text);
  if (at < 0) return;
  const kept = current.unreadable.filter((_, i) => i !== at);
  write(current, serializeDecks(current.decks, kept));
}

function write(current: StoredDecks, text: string): void {
  try {
    if (current.corruptText !== undefined)
      window.localStorage.setItem(DECKS_BACKUP_KEY, current.corruptText);
    window.localStorage.setItem(DECKS_KEY, text);
  } catch {
    throw new DeckSaveError(
      'This browser did not let Jambatan save the deck (storage is full or turned off for this site).',
    );
  }
  window.dispatchEvent(new Event(CHANGED));
}
