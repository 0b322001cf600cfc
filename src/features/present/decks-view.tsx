import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { ViewHeader } from '../../components/ui/view-header';
import { usePackFile } from '../../data/use-pack';
import { textOf } from '../../lib/text';

/** The pack's presenter decks, each slide a view with its filters. */
export function DecksView() {
  const location = useLocation();
  const meta = usePackFile('pack.json');
  const { decks } = usePackFile('decks.json');
  return (
    <>
      <ViewHeader title="Present" asOf={meta.asOf} />
      {decks.map((deck) => (
        <section key={deck.id} aria-labelledby={`deck-${deck.id}`} className="deck">
          <h2 id={`deck-${deck.id}`}>{textOf(deck.title)}</h2>
          {deck.description && <p>{textOf(deck.description)}</p>}
          <p>
            <Link className="button" to={linkTo(`/present/${deck.id}/1`, location.search)}>
              Start presenting
            </Link>
          </p>
          <ol>
            {deck.slides.map((slide, i) => (
              <li key={i}>
                <Link to={linkTo(`/present/${deck.id}/${i + 1}`, location.search)}>
                  {textOf(slide.title)}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
