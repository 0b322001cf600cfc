import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { Navigate, useLocation, type LoaderFunctionArgs, type RouteObject } from 'react-router-dom';
import { lazyWithRetry } from '@/components/ui/lazy-with-retry';
import { Loading } from '@/components/ui/loading';
import { NotFound } from '@/components/ui/not-found';
import { warmPackFiles } from '@/data/pack-queries';
import { loadViewTexts } from '@/i18n/i18n';
import { useT } from '@/i18n/use-t';
import { VIEWS, type ViewEntry, type ViewId } from '@/registry/views';
import { globalQuery } from '@/registry/global-params';

export type ViewModule = Promise<{ default: ComponentType }>;

/**
 * Each view's code, by registry id: the one thing the registry cannot say, since it holds no
 * React. Each is its own chunk, so the first download carries only the shell and the view opened.
 */
const VIEW_CODE: Record<ViewId, () => ViewModule> = {
  overview: () =>
    import('@/features/overview/overview-view').then((m) => ({ default: m.OverviewView })),
  projects: () =>
    import('@/features/projects/projects-view').then((m) => ({ default: m.ProjectsView })),
  project: () =>
    import('@/features/projects/project-view').then((m) => ({ default: m.ProjectView })),
  agreements: () =>
    import('@/features/agreements/agreements-view').then((m) => ({ default: m.AgreementsView })),
  agreement: () =>
    import('@/features/agreements/agreement-view').then((m) => ({ default: m.AgreementView })),
  timeline: () =>
    import('@/features/timeline/timeline-view').then((m) => ({ default: m.TimelineView })),
  sectors: () =>
    import('@/features/sectors/sectors-view').then((m) => ({ default: m.SectorsView })),
  sector: () => import('@/features/sectors/sector-view').then((m) => ({ default: m.SectorView })),
  trade: () => import('@/features/trade/trade-view').then((m) => ({ default: m.TradeView })),
  map: () => import('@/features/map/map-view').then((m) => ({ default: m.MapView })),
  present: () => import('@/features/present/decks-view').then((m) => ({ default: m.DecksView })),
  'shared-deck': () =>
    import('@/features/present/shared-deck-view').then((m) => ({ default: m.SharedDeckView })),
};

/** A view as a page of the dashboard (and an embed), or as a slide. */
type Layout = 'page' | 'slide';

/**
 * A view's code for its layout. The slide layouts are listed in their own chunk, loaded by the
 * presenter only: their ten imports kept in the first download cost every reader 1.9 KiB.
 */
const codeOf = (view: ViewEntry, layout: Layout): (() => ViewModule) =>
  layout === 'slide'
    ? () =>
        import('./slide-code').then(({ SLIDE_CODE }) =>
          (SLIDE_CODE[view.id as ViewId] ?? VIEW_CODE[view.id as ViewId])(),
        )
    : VIEW_CODE[view.id as ViewId];

/** A view's code and its texts (in the current language) load together, not one after the other. */
const loadView = (view: ViewEntry, layout: Layout): ViewModule =>
  Promise.all([codeOf(view, layout)(), loadViewTexts(view.texts as never)]).then(
    ([module]) => module,
  );

const components = (layout: Layout) =>
  new Map(VIEWS.map((view) => [view.id, lazyWithRetry(() => loadView(view, layout))]));
const COMPONENTS: Record<Layout, ReturnType<typeof components>> = {
  page: components('page'),
  slide: components('slide'),
};

/**
 * Starts everything a view needs at once, before it renders: its code, its texts, and its pack
 * files after one read of the manifest. It returns at once: the view suspends on what is still
 * on its way and shows failures itself, and navigation is never held up by the network.
 */
export function startView(
  client: QueryClient,
  view: ViewEntry,
  search: string,
  layout: Layout = 'page',
): void {
  loadView(view, layout).catch(() => undefined);
  const pack = new URLSearchParams(search).get('pack');
  void warmPackFiles(client, pack, view.files);
}

function viewRoute(client: QueryClient, view: ViewEntry, layout: Layout): RouteObject {
  const Component = COMPONENTS[layout].get(view.id as ViewId)!;
  return {
    path: view.path,
    element: <Component />,
    loader: ({ request }: LoaderFunctionArgs) => {
      startView(client, view, new URL(request.url).search, layout);
      return null;
    },
    // A filter change on the same view needs nothing new (and must commit at once, as a ticked
    // box does); another pack needs its files.
    shouldRevalidate: ({ currentUrl, nextUrl }) =>
      currentUrl.searchParams.get('pack') !== nextUrl.searchParams.get('pack'),
    // While the first loader runs (a moment: it only starts requests), the shell around the
    // view already shows, and the view's place says what the view itself will say until its
    // data is there; without this the router would hold back the whole page.
    HydrateFallback: Loading,
  };
}

/**
 * The routes of the views a shell shows (all, or those a slide or an embed can show), relative to
 * the shell: its index leads to the overview, and any other path says it is not a view.
 */
export function viewRoutes(client: QueryClient, shows?: 'slide' | 'embed'): RouteObject[] {
  const views = (VIEWS as readonly ViewEntry[]).filter((view) => !shows || view[shows]);
  const layout = shows === 'slide' ? 'slide' : 'page';
  return [
    { index: true, element: <ToOverview /> },
    ...views.map((view) => viewRoute(client, view, layout)),
    { path: '*', element: <UnknownView /> },
  ];
}

function ToOverview() {
  const location = useLocation();
  return <Navigate replace to={`overview${globalQuery(location.search)}`} />;
}

function UnknownView() {
  const location = useLocation();
  const { t } = useT();
  return (
    <NotFound
      what={t('app.notFound.page', { path: location.pathname })}
      backTo={`/overview${globalQuery(location.search)}`}
      backLabel={t('app.notFound.toOverview')}
    />
  );
}
