import { DECK_LIMITS } from '@/data/deck-limits';
import type { DeckRecord } from '@/data/schema';
import { t } from '@/i18n/i18n';
import { trimEndChar } from '@/lib/trim-char';
import { checkDeck, type DeckCheck } from './deck-check';

/**
 * A deck carried whole in a link, with no server: `#/shared-deck/<base64url of the JSON>`.
 * UTF-8 first, so that titles and notes in any script survive.
 */
export function encodeDeck(deck: DeckRecord): string {
  const bytes = new TextEncoder().encode(JSON.stringify(deck));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return trimEndChar(btoa(binary).replace(/\+/g, '-').replace(/\//g, '_'), '=');
}

/** Reads a shared link's deck; `say` words the link's own problem (the interface's `t`). */
export function decodeDeck(payload: string, say: typeof t = t): DeckCheck {
  const label = 'the shared link';
  // Before decoding: a deck that fits in a link is a few kilobytes; a giant one is a mistake or
  // an attack, and decoding and validating it would stall the page.
  if (payload.length > DECK_LIMITS.linkChars)
    return { ok: false, problems: [say('present.share.linkTooLong')] };
  let text: string;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [say('present.share.linkBroken')] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [say('present.share.linkBroken')] };
  }
  return checkDeck(value, label);
}

/** The hash route of a shared deck (without the pack or language settings, added by the caller). */
export function sharedDeckPath(deck: DeckRecord): string {
  return `/shared-deck/${encodeDeck(deck)}`;
}

/** A short stable key for a shared deck (FNV-1a of its payload), for presenting without saving. */
export function sharedDeckKey(payload: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < payload.length; i += 1) {
    hash ^= payload.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
