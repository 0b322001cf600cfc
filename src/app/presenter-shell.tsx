import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams, useRoutes } from 'react-router-dom';
import { DataBoundary } from '../components/data-boundary/data-boundary';
import { NotFound } from '../components/ui/not-found';
import { usePackFile } from '../data/use-pack';
import { textOf } from '../lib/text';
import { linkTo } from './global-params';
import { viewRoutes } from './view-routes';

/** Presenter mode: one slide full-bleed, moved through with the keyboard. */
export function PresenterShell() {
  return (
    <div className="presenter" data-theme="projector">
      <DataBoundary>
        <Slide />
      </DataBoundary>
    </div>
  );
}

function Slide() {
  const { deckId, slide } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { decks } = usePackFile('decks.json');
  const deck = decks.find((d) => d.id === deckId);
  const index = Number(slide ?? '1') - 1;
  const current = deck?.slides[index];
  const count = deck?.slides.length ?? 0;

  useEffect(() => {
    if (!deck) return;
    const go = (n: number) =>
      navigate(linkTo(`/present/${deck.id}/${Math.min(Math.max(n, 1), count)}`, location.search));
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement)
        return;
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) go(index + 2);
      else if (['ArrowLeft', 'PageUp'].includes(event.key)) go(index);
      else if (event.key === 'Home') go(1);
      else if (event.key === 'End') go(count);
      else if (event.key === 'Escape' && current)
        navigate(linkTo(current.view, location.search, current.query ?? ''));
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [deck, index, count, current, navigate, location.search]);

  const view = useRoutes(
    viewRoutes,
    current
      ? { pathname: current.view, search: current.query ? `?${current.query}` : '' }
      : location,
  );
  if (!deck || !current)
    return (
      <NotFound
        what={`slide ${slide ?? ''} of deck "${deckId ?? ''}"`}
        backTo={linkTo('/present', location.search)}
        backLabel="All decks"
      />
    );
  return (
    <>
      <header className="presenter__bar">
        <h1 className="presenter__title">{textOf(current.title)}</h1>
        <p className="presenter__counter" aria-live="polite">
          Slide {index + 1} of {count}
        </p>
        <progress max={count} value={index + 1} aria-label="Deck progress" />
        <Link to={linkTo(current.view, location.search, current.query ?? '')}>
          Leave presenter mode (Esc)
        </Link>
      </header>
      <div className="presenter__slide">
        <DataBoundary key={index}>{view}</DataBoundary>
      </div>
    </>
  );
}
