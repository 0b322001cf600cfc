import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { usePackText } from '@/components/ui/pack-text';
import type { DeckRecord } from '@/data/schema';
import type { MessageId } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';
import { textOf } from '@/lib/text';
import { linkTo } from '@/registry/global-params';
import { idFromTitle } from './deck-ops';
import { sharedDeckPath } from './share-link';

/** Saves the deck as a JSON file through a Blob and a temporary <a download>. */
function exportDeck(deck: DeckRecord) {
  const blob = new Blob([`${JSON.stringify(deck, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${idFromTitle(textOf(deck.title)) || deck.id}.jambatan-deck.json`;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export as JSON, and a link that carries the whole deck, with a copy button. */
export function DeckShare({ deck }: { deck: DeckRecord }) {
  const location = useLocation();
  const { t } = useT();
  const { text } = usePackText();
  const [status, setStatus] = useState<MessageId | null>(null);
  const path = linkTo(sharedDeckPath(deck), location.search);
  const title = text(deck.title);
  const copy = async () => {
    const url = new URL(`#${path}`, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('present.share.copied');
    } catch {
      setStatus('present.share.copyRefused');
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('present.share.exportNamed', { title })}
        onClick={() => exportDeck(deck)}
      >
        {t('present.share.export')}
      </button>
      <Link
        className="button button--quiet"
        to={path}
        aria-label={t('present.share.linkNamed', { title })}
      >
        {t('present.share.link')}
      </Link>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('present.share.copyNamed', { title })}
        onClick={() => void copy()}
      >
        {t('present.share.copy')}
      </button>
      <span role="status" className="deck__copied">
        {status && t(status)}
      </span>
    </>
  );
}
