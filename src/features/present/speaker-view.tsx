import { useEffect, useId, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { NotFound } from '@/components/ui/not-found';
import { usePackText } from '@/components/ui/pack-text';
import type { TextValue } from '@/lib/text';
import { useT } from '@/i18n/use-t';
import { linkTo } from '@/registry/global-params';
import { parseDeckRef } from './deck-ref';
import { keyBelongsToTarget, presenterAction } from './presenter-keys';
import { useDeck } from './use-deck';
import { newPresentationId, speakerPresentation } from './presenter-sync';
import { speakerHref } from './slide-paths';
import { SpeakerSources } from './speaker-sources';
import { usePresenterSync } from './use-presenter-sync';
import { useHeardSources } from './use-sources-sync';

/** "4:05", "1:02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/**
 * The speaker window: this slide's notes, the next slide's title, the time and the slide's
 * sources, for the presenter's own screen. It follows the audience window and leads it (prev/next, arrow keys).
 */
export function SpeakerView() {
  const { deckId = '', slide = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { t } = useT();
  const { text, langOf } = usePackText();
  const deck = useDeck(deckId);
  const n = /^\d+$/.test(slide) ? Number(slide) : 0;
  const count = deck?.slides.length ?? 0;
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const ids = { now: useId(), next: useId() };
  // A pack deck's English stands in for a translation; the reader's own decks are their words.
  const fromPack = parseDeckRef(deckId).source === 'pack';
  const langFor = (value: TextValue | undefined) => (fromPack ? langOf(value) : undefined);

  // Opened on its own, without a presentation, it follows no audience window but its own moves.
  const [alone] = useState(newPresentationId);
  const presentation = speakerPresentation(location.search) ?? alone;
  // The speaker window's own history does not matter; replace, so Back stays meaningful.
  const goTo = (ref: string, to: number) =>
    navigate(speakerHref(ref, to, location.search, presentation), { replace: true });
  const go = (to: number) => {
    const clamped = Math.min(Math.max(to, 1), count);
    if (clamped !== n) goTo(deckId, clamped);
  };
  usePresenterSync(presentation, deckId, n, goTo);
  const heard = useHeardSources(presentation);

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
        what={t('present.speaker.notFound', { slide, deck: deckId })}
        backTo={linkTo('/present', location.search)}
        backLabel={t('present.shared.allDecks')}
      />
    );
  const next = deck.slides[n];
  return (
    <>
      <h1>
        {t('present.speaker.heading')} · <span lang={langFor(deck.title)}>{text(deck.title)}</span>
      </h1>
      <div className="speaker__row">
        <p className="speaker__count">{t('present.controls.count', { n, count })}</p>
        <p>
          {t('present.speaker.elapsed')}{' '}
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
          {t('present.speaker.reset')}
        </button>
        <button type="button" onClick={() => go(n - 1)} disabled={n <= 1}>
          {t('present.controls.previous')} <kbd>←</kbd>
        </button>
        <button type="button" onClick={() => go(n + 1)} disabled={n >= count}>
          {t('present.controls.next')} <kbd>→</kbd>
        </button>
      </div>
      <section aria-labelledby={ids.now}>
        <h2 id={ids.now}>{t('present.speaker.now')}</h2>
        <p className="speaker__current" lang={langFor(current.title)}>
          {text(current.title)}
        </p>
        {current.notes ? (
          <p className="speaker__notes" lang={langFor(current.notes)}>
            {text(current.notes)}
          </p>
        ) : (
          <p className="speaker__notes">{t('present.speaker.noNotes')}</p>
        )}
      </section>
      <section aria-labelledby={ids.next}>
        <h2 id={ids.next}>{t('present.speaker.next')}</h2>
        {next ? (
          <p className="speaker__next" lang={langFor(next.title)}>
            {text(next.title)}
          </p>
        ) : (
          <p className="speaker__next">{t('present.speaker.end')}</p>
        )}
      </section>
      <SpeakerSources heard={heard} deck={deckId} slide={n} />
    </>
  );
}
