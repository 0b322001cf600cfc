import { Link, useLocation } from 'react-router-dom';
import { PackText, usePackText } from '@/components/ui/pack-text';
import type { DeckRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import { slideHref } from './slide-paths';

/**
 * A list of decks that are presented as they are (the pack's, or a shared one before saving):
 * each slide links straight to its place in presenter mode. `fromPack` marks English titles
 * standing in for a translation as English; a shared deck's titles are the sender's own words.
 */
export function DeckSlides({
  deck,
  deckRef,
  fromPack = false,
}: {
  deck: DeckRecord;
  deckRef: string;
  fromPack?: boolean;
}) {
  const location = useLocation();
  const { text, langOf } = usePackText();
  return (
    <ol className="deck__list">
      {deck.slides.map((slide, i) => (
        <li key={i}>
          <Link
            to={slideHref(deckRef, i + 1, slide, location.search)}
            lang={fromPack ? langOf(slide.title) : undefined}
          >
            {text(slide.title)}
          </Link>
        </li>
      ))}
    </ol>
  );
}

export function PackDeck({ deck }: { deck: DeckRecord }) {
  const location = useLocation();
  const { t } = useT();
  const { text, langOf } = usePackText();
  const id = `deck-${deck.id}`;
  return (
    <section aria-labelledby={id} className="deck">
      <h3 id={id} lang={langOf(deck.title)}>
        {text(deck.title)}
      </h3>
      {deck.description && <PackText as="p" value={deck.description} />}
      <p>
        <Link className="button" to={slideHref(deck.id, 1, deck.slides[0]!, location.search)}>
          {t('present.decks.startPresenting')}
          <span className="visually-hidden" lang={langOf(deck.title)}>
            {' '}
            {text(deck.title)}
          </span>
        </Link>
      </p>
      <DeckSlides deck={deck} deckRef={deck.id} fromPack />
    </section>
  );
}
