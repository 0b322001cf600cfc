import type { DeckRecord } from '@/data/schema';
import { deckOfLink, sharedDeckKey } from './share-link';

/**
 * Shared decks being presented without saving, kept for this browser tab (and a speaker window
 * it opens, which starts with a copy of the tab's session storage).
 */
const SESSION_KEY = 'jambatan:shared-decks:v1';

function readAll(): Record<string, string> {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Remembers a shared link's deck for this tab and returns the key to present it by. */
export function keepSharedDeck(payload: string): string {
  const key = sharedDeckKey(payload);
  try {
    window.sessionStorage.setItem(SESSION_KEY, JSON.stringify({ ...readAll(), [key]: payload }));
  } catch {
    // Without session storage the deck can still be opened from its link; only reload loses it.
  }
  return key;
}

export function sharedDeck(key: string): DeckRecord | undefined {
  const payload = readAll()[key];
  if (typeof payload !== 'string') return undefined;
  return deckOfLink(payload);
}
