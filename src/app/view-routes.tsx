import type { ComponentType } from 'react';
import { Navigate, useLocation, type RouteObject } from 'react-router-dom';
import { lazyWithRetry } from '@/components/ui/lazy-with-retry';
import { NotFound } from '@/components/ui/not-found';
import { loadViewTexts } from '@/i18n/i18n';
import { useT } from '@/i18n/use-t';
import type { ViewNamespace } from '@/i18n/namespaces';
import { globalQuery } from '@/registry/global-params';

/** A view's code and its texts (in the current language) load together, not one after the other. */
function withTexts<T extends ComponentType>(
  ns: ViewNamespace,
  load: () => Promise<{ default: T }>,
) {
  return lazyWithRetry(() => Promise.all([load(), loadViewTexts(ns)]).then(([m]) => m));
}

// Each view is its own chunk: the first download carries only the shell and the view opened.
const OverviewView = withTexts('overview', () =>
  import('@/features/overview/overview-view').then((m) => ({ default: m.OverviewView })),
);
const ProjectsView = withTexts('projects', () =>
  import('@/features/projects/projects-view').then((m) => ({ default: m.ProjectsView })),
);
const ProjectView = withTexts('projects', () =>
  import('@/features/projects/project-view').then((m) => ({ default: m.ProjectView })),
);
const AgreementsView = withTexts('agreements', () =>
  import('@/features/agreements/agreements-view').then((m) => ({ default: m.AgreementsView })),
);
const AgreementView = withTexts('agreements', () =>
  import('@/features/agreements/agreement-view').then((m) => ({ default: m.AgreementView })),
);
const TimelineView = withTexts('timeline', () =>
  import('@/features/timeline/timeline-view').then((m) => ({ default: m.TimelineView })),
);
const SectorsView = withTexts('sectors', () =>
  import('@/features/sectors/sectors-view').then((m) => ({ default: m.SectorsView })),
);
const SectorView = withTexts('sectors', () =>
  import('@/features/sectors/sector-view').then((m) => ({ default: m.SectorView })),
);
const TradeView = withTexts('trade', () =>
  import('@/features/trade/trade-view').then((m) => ({ default: m.TradeView })),
);
const MapView = withTexts('map', () =>
  import('@/features/map/map-view').then((m) => ({ default: m.MapView })),
);
export const DecksView = withTexts('present', () =>
  import('@/features/present/decks-view').then((m) => ({ default: m.DecksView })),
);
export const SharedDeckView = withTexts('present', () =>
  import('@/features/present/shared-deck-view').then((m) => ({ default: m.SharedDeckView })),
);
export const SpeakerView = withTexts('present', () =>
  import('@/features/present/speaker-view').then((m) => ({ default: m.SpeakerView })),
);

/** The views, relative to whichever shell shows them (dashboard, embed, presenter). */
export const viewRoutes: RouteObject[] = [
  { index: true, element: <ToOverview /> },
  { path: 'overview', element: <OverviewView /> },
  { path: 'projects', element: <ProjectsView /> },
  { path: 'projects/:projectId', element: <ProjectView /> },
  { path: 'agreements', element: <AgreementsView /> },
  { path: 'agreements/:agreementId', element: <AgreementView /> },
  { path: 'timeline', element: <TimelineView /> },
  { path: 'sectors', element: <SectorsView /> },
  { path: 'sectors/:sectorId', element: <SectorView /> },
  { path: 'trade', element: <TradeView /> },
  { path: 'map', element: <MapView /> },
  { path: '*', element: <UnknownView /> },
];

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
