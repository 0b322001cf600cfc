import { useMemo, useSyncExternalStore } from 'react';
import type { DeckRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import {
  DECKS_BACKUP_KEY,
  DECKS_KEY,
  parseStoredDecks,
  readStoredDecks,
  serializeDecks,
  type StoreContents,
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

function subscribe(onChange: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === DECKS_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, onChange);
  };
}

/**
 * The reader's own decks, kept in this browser, with any problems reading them in the reader's
 * language (worded again when it changes).
 */
export function useUserDecks(): StoredDecks {
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  const { t } = useT();
  return useMemo(() => parseStoredDecks(raw, t), [raw, t]);
}

/** The browser refused to store; shown in words by the editor (the message is for the console). */
export class DeckSaveError extends Error {}

/**
 * Applies a change to the stored decks, read afresh so that two windows do not overwrite each
 * other's edits. Throws a DeckSaveError in words when the browser refuses to store.
 */
export function saveUserDecks(change: (decks: DeckRecord[]) => DeckRecord[]): DeckRecord[] {
  const current = readStoredDecks(readRaw());
  const next = change(current.decks);
  write(current, serializeDecks(next, current.unreadable));
  return next;
}

/**
 * Deletes a saved entry that no longer validates, on the reader's request: it can be neither
 * presented nor edited. Found again by its content, as another window may have saved meanwhile.
 */
export function removeUnreadableDeck(entry: unknown): void {
  const current = readStoredDecks(readRaw());
  const text = JSON.stringify(entry);
  const at = current.unreadable.findIndex((e) => JSON.stringify(e) === text);
  if (at < 0) return;
  const kept = current.unreadable.filter((_, i) => i !== at);
  write(current, serializeDecks(current.decks, kept));
}

function write(current: StoreContents, text: string): void {
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
