import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { textOf } from '../../lib/text';
import { addSlide } from './deck-ops';
import { DeckSaveError, saveUserDecks, useUserDecks } from './use-user-decks';
import './present.css';

const NEW_DECK = '';
/** Settings of the reader, not of the slide: the deck plays in whatever pack, language, theme. */
const NOT_SLIDE_PARAMS = ['pack', 'lang', 'theme', 'hide'];

/** The view's filters as a slide query: settings dropped, commas kept readable. */
export function slideQuery(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of NOT_SLIDE_PARAMS) params.delete(key);
  return params.toString().replace(/%2C/gi, ',');
}

interface Props {
  viewPath: string;
  viewSearch: string;
  /** The view's title (its h1) at the moment of adding. */
  viewTitle: () => string;
}

/** "Add this view to my deck": the current view and filters become the next slide of a deck. */
export function AddToDeck({ viewPath, viewSearch, viewTitle }: Props) {
  const { decks } = useUserDecks();
  const [chosen, setChosen] = useState<string | null>(null);
  const [done, setDone] = useState<{ text: string; ok: boolean }>({ text: '', ok: true });
  const selectId = useId();
  const target = chosen ?? decks[0]?.id ?? NEW_DECK;

  const add = () => {
    const query = slideQuery(viewSearch);
    const title = viewTitle().trim() || viewPath;
    const slide = { view: viewPath, title, ...(query ? { query } : {}) };
    try {
      let result: ReturnType<typeof addSlide> | undefined;
      saveUserDecks((current) => {
        result = addSlide(current, target || null, slide);
        return result.decks;
      });
      setChosen(result!.deck.id);
      setDone({
        text: `Added “${title}” to ${textOf(result!.deck.title)} as slide ${result!.slideNumber}.`,
        ok: true,
      });
    } catch (error) {
      setDone({ text: error instanceof DeckSaveError ? error.message : String(error), ok: false });
    }
  };

  return (
    <div className="add-to-deck">
      {decks.length > 0 && (
        <span className="add-to-deck__choice">
          <label htmlFor={selectId}>Deck</label>
          <select id={selectId} value={target} onChange={(e) => setChosen(e.target.value)}>
            {decks.map((deck) => (
              <option key={deck.id} value={deck.id}>
                {textOf(deck.title)}
              </option>
            ))}
            <option value={NEW_DECK}>A new deck</option>
          </select>
        </span>
      )}
      <button type="button" className="button button--quiet" onClick={add}>
        Add this view to my deck
      </button>
      <p role="status" className={done.ok ? 'add-to-deck__status' : 'add-to-deck__status error'}>
        {done.text}
        {done.text && done.ok && (
          <>
            {' '}
            <Link to={linkTo('/present', viewSearch)}>Edit my decks</Link>
          </>
        )}
      </p>
    </div>
  );
}
