import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { ViewHeader } from '../../components/ui/view-header';
import { usePackFile } from '../../data/use-pack';
import { textOf } from '../../lib/text';
import { addDeck } from './deck-ops';
import { formatDeckRef } from './deck-ref';
import { DeckSlides } from './pack-decks';
import { decodeDeck } from './share-link';
import { keepSharedDeck } from './shared-decks';
import { slideHref } from './slide-paths';
import { DeckSaveError, saveUserDecks } from './use-user-decks';
import './present.css';

/**
 * `#/shared-deck/<payload>`: a deck carried whole in its link. It can be presented straight
 * away (kept for this tab only) or saved to the reader's decks.
 */
export function SharedDeckView() {
  const { payload = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const meta = usePackFile('pack.json');
  const check = useMemo(() => decodeDeck(payload), [payload]);
  const sessionRef = useMemo(
    () => (check.ok ? formatDeckRef({ source: 'shared', id: keepSharedDeck(payload) }) : ''),
    [check, payload],
  );
  const [saved, setSaved] = useState<{ text: string; ok: boolean }>({ text: '', ok: true });

  if (!check.ok)
    return (
      <>
        <ViewHeader title="Shared deck" asOf={meta.asOf} />
        <div role="alert" className="error-panel">
          <p>This link does not hold a deck Jambatan can show:</p>
          <ul>
            {check.problems.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
          <p>Ask for the link again, or for the deck as a JSON file to import.</p>
        </div>
        <p>
          <Link to={linkTo('/present', location.search)}>All decks</Link>
        </p>
      </>
    );

  const deck = check.deck;
  const title = textOf(deck.title);
  const save = () => {
    try {
      let id = '';
      saveUserDecks((decks) => {
        const added = addDeck(decks, deck);
        id = added.id;
        return added.decks;
      });
      setSaved({
        text: `Saved “${title}” to your decks${id !== deck.id ? ` as “${id}”` : ''}.`,
        ok: true,
      });
    } catch (error) {
      setSaved({ text: error instanceof DeckSaveError ? error.message : String(error), ok: false });
    }
  };

  return (
    <>
      <ViewHeader title={`Shared deck: ${title}`} asOf={meta.asOf} />
      {deck.description && <p>{textOf(deck.description)}</p>}
      <p>
        {deck.slides.length} slides. Someone shared this deck with you as a link; nothing is stored
        until you save it.
      </p>
      <div className="deck__actions">
        <button
          type="button"
          className="button"
          onClick={() => navigate(slideHref(sessionRef, 1, deck.slides[0]!, location.search))}
        >
          Present
        </button>
        <button type="button" className="button button--quiet" onClick={save}>
          Save to my decks
        </button>
        <p role="status" className={saved.ok ? 'present__status' : 'present__status error'}>
          {saved.text}
          {saved.text && saved.ok && (
            <>
              {' '}
              <Link to={linkTo('/present', location.search)}>Edit my decks</Link>
            </>
          )}
        </p>
      </div>
      <h2>Slides</h2>
      <DeckSlides deck={deck} deckRef={sessionRef} />
    </>
  );
}
