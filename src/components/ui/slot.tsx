import { Fragment, type ReactNode } from 'react';
import { listFormat } from '@/lib/intl-formats';

/**
 * Stands in for an element inside a translated sentence: pass it as the placeholder's value,
 * then `fillSlot` puts the element there. Word order stays the translation's own, e.g.
 * `fillSlot(t('ui.asOf', { date: SLOT }), <time>…</time>)`. A private-use character: never part
 * of a real text.
 */
export const SLOT = '\uE000';

export function fillSlot(text: string, node: ReactNode): ReactNode {
  const at = text.indexOf(SLOT);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      {node}
      {text.slice(at + SLOT.length)}
    </>
  );
}

/** Elements as a list in the reader's language: "A, B and C", "A、B和C". */
export function joinNodes(nodes: ReactNode[], locale: string): ReactNode[] {
  const parts = listFormat(locale).formatToParts(nodes.map((_, i) => String(i)));
  return parts.map((part, i) => (
    <Fragment key={i}>{part.type === 'element' ? nodes[Number(part.value)] : part.value}</Fragment>
  ));
}
