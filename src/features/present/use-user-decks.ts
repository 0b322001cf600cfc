import { useSyncExternalStore } from 'react';
import type { DeckRecord } from '../../data/schema';
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

let cache: { raw: string | null; value: StoredDecks } | undefined;

function snapshot(): StoredDecks {
  const raw = readRaw();
  if (cache?.raw !== raw || !cache) cache = { raw, value: parseStoredDecks(raw) };
  return cache.value;
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

/** The reader's own decks, kept in this browser, with any problems reading them. */
export function useUserDecks(): StoredDecks {
  return useSyncExternalStore(subscribe, snapshot, () => EMPTY_STORE);
}

export class DeckSaveError extends Error {}

/**
 * Applies a change to the stored decks, read afresh so that two windows do not overwrite each
 * other's edits. Throws a DeckSaveError in words when the browser refuses to store.
 */
export function saveUserDecks(change: (decks: DeckRecord[]) => DeckRecord[]): DeckRecord[] {
  const current = snapshot();
  const next = change(current.decks);
  try {
    if (current.corruptText !== undefined)
      window.localStorage.setItem(DECKS_BACKUP_KEY, current.corruptText);
    window.localStorage.setItem(DECKS_KEY, serializeDecks(next, current.unreadable));
  } catch {
    throw new DeckSaveError(
      'This browser did not let Jambatan save the deck (storage is full or turned off for this site).',
    );
  }
  window.dispatchEvent(new Event(CHANGED));
  return next;
}
