import { lazy, Suspense, type ReactNode } from 'react';
import { useLocation, type RouteObject } from 'react-router-dom';
import { Loading } from '@/components/ui/loading';
import { useT } from '@/i18n/use-t';
import { viewRoutes } from './view-routes';
import './lazy-shells.css';

/*
 * The presenter, speaker and embed shells, and the dashboard's "add to deck" and "embed"
 * tools, load as their own chunks: a reader who opens the dashboard downloads none of them.
 */
const PresenterShell = lazy(() =>
  import('./presenter-shell').then((m) => ({ default: m.PresenterShell })),
);
const SlideStart = lazy(() => import('./presenter-shell').then((m) => ({ default: m.SlideStart })));
const SpeakerShell = lazy(() =>
  import('./speaker-shell').then((m) => ({ default: m.SpeakerShell })),
);
const EmbedShell = lazy(() => import('./embed-shell').then((m) => ({ default: m.EmbedShell })));
const LazyViewTools = lazy(() => import('./view-tools').then((m) => ({ default: m.ViewTools })));
const LazyOfflineNotice = lazy(() =>
  import('./offline-notice').then((m) => ({ default: m.OfflineNotice })),
);

function Loaded({ children }: { children: ReactNode }) {
  const { t } = useT();
  return <Suspense fallback={<Loading label={t('app.shell.loading')} />}>{children}</Suspense>;
}

export const presenterShell = (
  <Loaded>
    <PresenterShell />
  </Loaded>
);
export const speakerShell = (
  <Loaded>
    <SpeakerShell />
  </Loaded>
);
export const embedShell = (
  <Loaded>
    <EmbedShell />
  </Loaded>
);

/** The presenter's child routes: its own start (the slide's view and query), then the views. */
export const presenterRoutes: RouteObject[] = [
  { index: true, element: <SlideStart /> },
  ...viewRoutes.filter((route) => !route.index),
];

/** Pages of the dashboard that are not views: no slide or embed is made of them. */
const NOT_VIEWS = /^\/(present|shared-deck)(\/|$)/;

/** The tools row keeps its height while its chunk loads, so the view below does not jump. */
export function ViewTools() {
  const { pathname } = useLocation();
  if (NOT_VIEWS.test(pathname)) return null;
  return (
    <div className="view-tools-slot">
      <Suspense fallback={null}>
        <LazyViewTools />
      </Suspense>
    </div>
  );
}

/**
 * The offline and new-version notice, loaded after the first view: it has nothing to say on a
 * first visit, and keeps the first view's download within its budget.
 */
export function OfflineNotice() {
  return (
    <Suspense fallback={null}>
      <LazyOfflineNotice />
    </Suspense>
  );
}
