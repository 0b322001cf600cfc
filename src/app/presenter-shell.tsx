import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate, useParams } from 'react-router-dom';
import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { DisplayOptionsProvider } from '@/components/ui/display-options';
import { NotFound } from '@/components/ui/not-found';
import { usePackText } from '@/components/ui/pack-text';
import type { DeckRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import { PresenterBar, PresenterControls } from '@/features/present/presenter-bar';
import { audiencePresentation } from '@/features/present/presenter-sync';
import { SlideSourcesContext } from '@/components/slide/slide-frame';
import { slideHref, slideViewPath, speakerHref, viewPathOf } from '@/features/present/slide-paths';
import { useDeck } from '@/features/present/use-deck';
import { usePresenterSync } from '@/features/present/use-presenter-sync';
import { useShareSources } from '@/features/present/use-sources-sync';
import { linkTo } from '@/registry/global-params';
import { viewAt } from '@/registry/views';
import { presentPath, splitShellPath } from '@/registry/shell-paths';
import { ThemeSync } from './theme-sync';
import { LanguageSync } from './language-sync';
import { useFullscreen } from './use-fullscreen';
import { useLinkCapture } from './use-link-capture';
import { usePresenterKeys } from './use-presenter-keys';
import { startView } from './view-routes';
import './presenter.css';

/**
 * Presenter mode: `#/present/<deck>/<n>/<view>?<query>`. The slide is the ordinary view as a
 * child route, so it stays live: a filter changed on a slide stays under the presenter prefix.
 */
export function PresenterShell() {
  return (
    <div className="presenter" data-theme="projector">
      <ThemeSync />
      <LanguageSync />
      <DataBoundary>
        <PresenterDeck />
      </DataBoundary>
    </div>
  );
}

/** `#/present/<deck>/<n>` alone opens the slide's view with the slide's own query. */
export function SlideStart() {
  const { deckId = '', slide = '' } = useParams();
  const location = useLocation();
  const deck = useDeck(deckId);
  const n = Number(slide);
  const current = deck?.slides[n - 1];
  if (!current) return null;
  return <Navigate replace to={slideHref(deckId, n, current, location.search)} />;
}

function PresenterDeck() {
  const { deckId = '', slide = '' } = useParams();
  const location = useLocation();
  const { t } = useT();
  const deck = useDeck(deckId);
  const n = /^\d+$/.test(slide) ? Number(slide) : 0;
  if (!deck || n < 1 || n > deck.slides.length)
    return (
      <main className="presenter__missing">
        <NotFound
          what={t('app.notFound.slide', { slide, deck: deckId })}
          backTo={linkTo('/present', location.search)}
          backLabel={t('app.notFound.allDecks')}
        />
      </main>
    );
  return <PresenterSlide deck={deck} deckRef={deckId} number={n} />;
}

function PresenterSlide({
  deck,
  deckRef,
  number,
}: {
  deck: DeckRecord;
  deckRef: string;
  number: number;
}) {
  const location = useLocation();
  const navigate = useNavigate();
  const { fullscreen, toggle: toggleFullscreen } = useFullscreen();
  const { text } = usePackText();
  const count = deck.slides.length;
  const viewPath = viewPathOf(location.pathname);

  // Keys pressed quickly outrun rendering (each slide move is a transition): count from the
  // slide the URL already names, which changes at once, not from the slide on screen.
  const latest = useCallback(() => slideInUrl() ?? number, [number]);
  const go = useCallback(
    (n: number) => {
      const to = Math.min(Math.max(n, 1), count);
      if (to === latest()) return;
      navigate(slideHref(deckRef, to, deck.slides[to - 1]!, location.search));
    },
    [deck, deckRef, count, latest, navigate, location.search],
  );
  const leave = useCallback(
    () => navigate(`${viewPath}${location.search}`),
    [navigate, viewPath, location.search],
  );
  // One presentation per audience tab: its speaker window, and only that, follows it.
  const [presentation] = useState(audiencePresentation);
  const openSpeaker = useCallback(() => {
    window.open(
      `#${speakerHref(deckRef, number, location.search, presentation)}`,
      'jambatan-speaker',
      'popup,width=960,height=720',
    );
  }, [deckRef, number, location.search, presentation]);

  usePresenterSync(presentation, deckRef, number, (ref, n) => {
    if (ref === deckRef) go(n);
    else navigate(linkTo(presentPath(ref, n), location.search));
  });
  // A link to a view a slide can show stays in the presentation; anything else leaves it.
  useLinkCapture((path, search) =>
    viewAt(path)?.view.slide
      ? { to: `${presentPath(deckRef, number)}${path}${search}`, replace: false }
      : null,
  );

  // The sources shown over this slide: another slide starts without them.
  const [sourcesOn, setSourcesOn] = useState<number | null>(null);
  const sourcesOpen = sourcesOn === number;
  const toggleSources = useCallback(
    () => setSourcesOn((on) => (on === number ? null : number)),
    [number],
  );
  usePresenterKeys(
    useMemo(
      () => ({
        next: () => go(latest() + 1),
        previous: () => go(latest() - 1),
        first: () => go(1),
        last: () => go(count),
        fullscreen: toggleFullscreen,
        speaker: openSpeaker,
        sources: toggleSources,
        leave,
        sourcesOpen,
      }),
      [go, latest, count, toggleFullscreen, openSpeaker, toggleSources, leave, sourcesOpen],
    ),
  );
  // The slide reports its sources; the speaker window lists them.
  const report = useShareSources(presentation, deckRef, number);
  const sources = useMemo(
    () => ({ open: sourcesOpen, close: () => setSourcesOn(null), report }),
    [sourcesOpen, report],
  );

  // The next slide's code and data load while this one is shown: no "Loading" in front of a room.
  const client = useQueryClient();
  const following = deck.slides[number];
  useEffect(() => {
    if (!following) return;
    const next = viewAt(slideViewPath(following));
    if (next) startView(client, next.view, location.search, 'slide');
  }, [client, following, location.search]);

  const slide = deck.slides[number - 1]!;
  const bar = {
    deckTitle: text(deck.title),
    slideTitle: text(slide.title),
    number,
    count,
    viewPath,
    search: location.search,
    fullscreen,
    onPrevious: () => go(latest() - 1),
    onNext: () => go(latest() + 1),
    onFullscreen: toggleFullscreen,
    onSpeaker: openSpeaker,
    onSources: toggleSources,
    sourcesOpen,
    onLeave: leave,
  };
  return (
    <DisplayOptionsProvider value={{ hideHeader: true }}>
      <PresenterBar {...bar} />
      <main className="presenter__slide">
        <DataBoundary resetKey={`${deckRef}/${number}${viewPath}`}>
          <SlideSourcesContext.Provider value={sources}>
            <Outlet />
          </SlideSourcesContext.Provider>
        </DataBoundary>
      </main>
      <PresenterControls {...bar} />
    </DisplayOptionsProvider>
  );
}

/** The slide number in the address bar's hash route, if it is a presenter route. */
function slideInUrl(): number | null {
  const path = window.location.hash.slice(1).split('?')[0] ?? '';
  const { shell, slide = '' } = splitShellPath(path);
  return shell === 'present' && /^\d+$/.test(slide) ? Number(slide) : null;
}
