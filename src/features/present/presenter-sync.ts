/**
 * The audience and speaker windows keep to the same slide over one BroadcastChannel. A message
 * names the deck and slide it moved to; each window goes there on receiving it.
 */
export const PRESENTER_CHANNEL = 'jambatan-presenter';

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
    m.deck.length <= 200 &&
    typeof m.slide === 'number' &&
    Number.isInteger(m.slide) &&
    m.slide >= 1 &&
    typeof m.sender === 'string'
  );
}
