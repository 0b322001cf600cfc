import { DECK_LIMITS } from '@/data/deck-limits';
import type { DeckRecord } from '@/data/schema';
import type { Translate } from '@/i18n/message-id';
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

const LABEL = 'the shared link';

type LinkRead =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'present.share.linkTooLong' | 'present.share.linkBroken' };

function readLink(payload: string): LinkRead {
  // Before decoding: a deck that fits in a link is a few kilobytes; a giant one is a mistake or
  // an attack, and decoding and validating it would stall the page.
  if (payload.length > DECK_LIMITS.linkChars)
    return { ok: false, problem: 'present.share.linkTooLong' };
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, problem: 'present.share.linkBroken' };
  }
}

/**
 * Reads a shared link's deck: the link's own problem is worded in the language of `t`, the
 * deck's as data:check words them.
 */
export function decodeDeck(payload: string, t: Translate): DeckCheck {
  const read = readLink(payload);
  return read.ok ? checkDeck(read.value, LABEL) : { ok: false, problems: [t(read.problem)] };
}

/** A shared link's deck, or undefined when the link does not hold a valid one. */
export function deckOfLink(payload: string): DeckRecord | undefined {
  const read = readLink(payload);
  const check = read.ok ? checkDeck(read.value, LABEL) : undefined;
  return check?.ok ? check.deck : undefined;
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
