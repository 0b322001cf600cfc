import { Navigate, useLocation, type RouteObject } from 'react-router-dom';
import { lazyWithRetry } from '../components/ui/lazy-with-retry';
import { NotFound } from '../components/ui/not-found';
import { globalQuery } from './global-params';

// Each view is its own chunk: the first download carries only the shell and the view opened.
const OverviewView = lazyWithRetry(() =>
  import('../features/overview/overview-view').then((m) => ({ default: m.OverviewView })),
);
const ProjectsView = lazyWithRetry(() =>
  import('../features/projects/projects-view').then((m) => ({ default: m.ProjectsView })),
);
const ProjectView = lazyWithRetry(() =>
  import('../features/projects/project-view').then((m) => ({ default: m.ProjectView })),
);
const AgreementsView = lazyWithRetry(() =>
  import('../features/agreements/agreements-view').then((m) => ({ default: m.AgreementsView })),
);
const AgreementView = lazyWithRetry(() =>
  import('../features/agreements/agreement-view').then((m) => ({ default: m.AgreementView })),
);
const TimelineView = lazyWithRetry(() =>
  import('../features/timeline/timeline-view').then((m) => ({ default: m.TimelineView })),
);
const SectorsView = lazyWithRetry(() =>
  import('../features/sectors/sectors-view').then((m) => ({ default: m.SectorsView })),
);
const SectorView = lazyWithRetry(() =>
  import('../features/sectors/sector-view').then((m) => ({ default: m.SectorView })),
);
const TradeView = lazyWithRetry(() =>
  import('../features/trade/trade-view').then((m) => ({ default: m.TradeView })),
);
const MapView = lazyWithRetry(() =>
  import('../features/map/map-view').then((m) => ({ default: m.MapView })),
);
export const DecksView = lazyWithRetry(() =>
  import('../features/present/decks-view').then((m) => ({ default: m.DecksView })),
);
export const SharedDeckView = lazyWithRetry(() =>
  import('../features/present/shared-deck-view').then((m) => ({ default: m.SharedDeckView })),
);
export const SpeakerView = lazyWithRetry(() =>
  import('../features/present/speaker-view').then((m) => ({ default: m.SpeakerView })),
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
  return (
    <NotFound
      what={`page "${location.pathname}"`}
      backTo={`/overview${globalQuery(location.search)}`}
      backLabel="Go to the overview"
    />
  );
}
