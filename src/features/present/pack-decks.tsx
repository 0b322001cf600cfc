import { Link, useLocation } from 'react-router-dom';
import type { DeckRecord } from '../../data/schema';
import { textOf } from '../../lib/text';
import { slideHref } from './slide-paths';

/**
 * A list of decks that are presented as they are (the pack's, or a shared one before saving):
 * each slide links straight to its place in presenter mode.
 */
export function DeckSlides({ deck, deckRef }: { deck: DeckRecord; deckRef: string }) {
  const location = useLocation();
  return (
    <ol className="deck__list">
      {deck.slides.map((slide, i) => (
        <li key={i}>
          <Link to={slideHref(deckRef, i + 1, slide, location.search)}>{textOf(slide.title)}</Link>
        </li>
      ))}
    </ol>
  );
}

export function PackDeck({ deck }: { deck: DeckRecord }) {
  const location = useLocation();
  const id = `deck-${deck.id}`;
  const title = textOf(deck.title);
  return (
    <section aria-labelledby={id} className="deck">
      <h3 id={id}>{title}</h3>
      {deck.description && <p>{textOf(deck.description)}</p>}
      <p>
        <Link className="button" to={slideHref(deck.id, 1, deck.slides[0]!, location.search)}>
          Start presenting<span className="visually-hidden"> {title}</span>
        </Link>
      </p>
      <DeckSlides deck={deck} deckRef={deck.id} />
    </section>
  );
}
