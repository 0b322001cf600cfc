import { Fragment, type ReactNode } from 'react';

/** Marks where an element goes in a translated sentence; never part of a real text. */
export const SLOT = '\u2063';

/**
 * A translated sentence around one element (a link, say), which languages put in different
 * places: `t(id, { title: SLOT })` → the text before and after it.
 */
export function aroundSlot(text: string): [string, string] {
  const at = text.indexOf(SLOT);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}

/** Elements as a list in the reader's language: "A, B and C", "A、B和C". */
export function joinNodes(nodes: ReactNode[], locale: string): ReactNode[] {
  const parts = new Intl.ListFormat(locale).formatToParts(nodes.map((_, i) => String(i)));
  return parts.map((part, i) => (
    <Fragment key={i}>{part.type === 'element' ? nodes[Number(part.value)] : part.value}</Fragment>
  ));
}
