import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import type { DeckRecord } from '../../data/schema';
import { textOf } from '../../lib/text';
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
  const [status, setStatus] = useState('');
  const path = linkTo(sharedDeckPath(deck), location.search);
  const title = textOf(deck.title);
  const copy = async () => {
    const url = new URL(`#${path}`, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying is not allowed here: open the share link and copy its address.');
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-label={`Export as JSON: ${title}`}
        onClick={() => exportDeck(deck)}
      >
        Export as JSON
      </button>
      <Link className="button button--quiet" to={path} aria-label={`Share link: ${title}`}>
        Share link
      </Link>
      <button
        type="button"
        className="button button--quiet"
        aria-label={`Copy share link: ${title}`}
        onClick={() => void copy()}
      >
        Copy share link
      </button>
      <span role="status" className="deck__copied">
        {status}
      </span>
    </>
  );
}
