import { useEffect, useId, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { NotFound } from '../../components/ui/not-found';
import { textOf } from '../../lib/text';
import { keyBelongsToTarget, presenterAction } from './presenter-keys';
import { useDeck } from './use-deck';
import { usePresenterSync } from './use-presenter-sync';

/** "4:05", "1:02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/**
 * The speaker window: this slide's notes, the next slide's title and the time, for the
 * presenter's own screen. It follows the audience window and leads it (prev/next, arrow keys).
 */
export function SpeakerView() {
  const { deckId = '', slide = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const deck = useDeck(deckId);
  const n = /^\d+$/.test(slide) ? Number(slide) : 0;
  const count = deck?.slides.length ?? 0;
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const ids = { now: useId(), next: useId() };

  // The speaker window's own history does not matter; replace, so Back stays meaningful.
  const goTo = (ref: string, to: number) =>
    navigate(linkTo(`/speaker/${ref}/${to}`, location.search), { replace: true });
  const go = (to: number) => {
    const clamped = Math.min(Math.max(to, 1), count);
    if (clamped !== n) goTo(deckId, clamped);
  };
  usePresenterSync(deckId, n, goTo);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = presenterAction(event);
      if (!action || event.defaultPrevented || keyBelongsToTarget(event.target, event.key)) return;
      const to = { next: n + 1, previous: n - 1, first: 1, last: count }[action as string];
      if (to === undefined) return;
      event.preventDefault();
      const clamped = Math.min(Math.max(to, 1), count);
      if (clamped !== n) goTo(deckId, clamped);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const current = deck?.slides[n - 1];
  if (!deck || !current)
    return (
      <NotFound
        what={`slide "${slide}" of the deck "${deckId}"`}
        backTo={linkTo('/present', location.search)}
        backLabel="All decks"
      />
    );
  const next = deck.slides[n];
  return (
    <>
      <h1>Speaker notes · {textOf(deck.title)}</h1>
      <div className="speaker__row">
        <p className="speaker__count">
          Slide {n} of {count}
        </p>
        <p>
          Elapsed{' '}
          <span className="speaker__timer" role="timer">
            {formatElapsed(now - started)}
          </span>
        </p>
        <button
          type="button"
          onClick={() => {
            setStarted(Date.now());
            setNow(Date.now());
          }}
        >
          Reset timer
        </button>
        <button type="button" onClick={() => go(n - 1)} disabled={n <= 1}>
          Previous <kbd>←</kbd>
        </button>
        <button type="button" onClick={() => go(n + 1)} disabled={n >= count}>
          Next <kbd>→</kbd>
        </button>
      </div>
      <section aria-labelledby={ids.now}>
        <h2 id={ids.now}>Now</h2>
        <p className="speaker__current">{textOf(current.title)}</p>
        <p className="speaker__notes">
          {current.notes ? textOf(current.notes) : 'No notes for this slide.'}
        </p>
      </section>
      <section aria-labelledby={ids.next}>
        <h2 id={ids.next}>Next</h2>
        <p className="speaker__next">{next ? textOf(next.title) : 'End of the deck'}</p>
      </section>
    </>
  );
}
