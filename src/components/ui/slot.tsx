import type { ReactNode } from 'react';

/**
 * Stands in for an element inside a translated sentence: pass it as the placeholder's value,
 * then `fillSlot` puts the element there. Word order stays the translation's own, e.g.
 * `fillSlot(t('ui.asOf', { date: SLOT }), <time>…</time>)`.
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
