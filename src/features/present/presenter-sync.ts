/**
 * The audience and speaker windows keep to the same slide over one BroadcastChannel. A message
 * names the deck and slide it moved to; each window goes there on receiving it.
 *
 * A channel is scoped to one presentation: the audience window makes a random id and gives it to
 * the speaker window it opens (in the speaker URL). The app's path is part of the name too, as
 * BroadcastChannel is shared by the whole origin: two presenters in one browser, or two
 * installations on one host, never drive each other.
 */
const CHANNEL_PREFIX = 'jambatan-presenter';

/** The speaker URL's parameter that names its presentation. */
export const PRESENTATION_PARAM = 'presentation';

/** Where an audience tab keeps its presentation id, so that a reload still drives its speaker. */
const SESSION_KEY = 'jambatan:presentation:v1';

const PRESENTATION_ID = /^[a-z0-9]{8,32}$/;

export function presenterChannel(presentation: string, path = window.location.pathname): string {
  return `${CHANNEL_PREFIX}:${path}:${presentation}`;
}

export function newPresentationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** This audience tab's presentation: kept for the tab (session storage), made on first use. */
export function audiencePresentation(): string {
  try {
    const kept = window.sessionStorage.getItem(SESSION_KEY);
    if (kept !== null && PRESENTATION_ID.test(kept)) return kept;
    const made = newPresentationId();
    window.sessionStorage.setItem(SESSION_KEY, made);
    return made;
  } catch {
    return newPresentationId();
  }
}

/** The presentation a speaker URL names, if it names a well-formed one. */
export function speakerPresentation(search: string): string | undefined {
  const id = new URLSearchParams(search).get(PRESENTATION_PARAM);
  return id !== null && PRESENTATION_ID.test(id) ? id : undefined;
}

/** The longest deck reference a message may name. */
export const DECK_REF_CHARS = 200;

export interface SlideMessage {
  type: 'jambatan:slide';
  /** The deck as it appears in URLs (`briefing`, `mine:my-deck`, `shared:…`). */
  deck: string;
  /** 1-based slide number. */
  slide: number;
  /** A random id per window, so a window ignores its own messages. */
  sender: string;
}

export function slideMessage(deck: string, slide: number, sender: string): SlideMessage {
  return { type: 'jambatan:slide', deck, slide, sender };
}

export function isSlideMessage(data: unknown): data is SlideMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === 'jambatan:slide' &&
    typeof m.deck === 'string' &&
    m.deck.length > 0 &&
    m.deck.length <= DECK_REF_CHARS &&
    typeof m.slide === 'number' &&
    Number.isInteger(m.slide) &&
    m.slide >= 1 &&
    typeof m.sender === 'string'
  );
}
