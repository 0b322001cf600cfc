import { lazy, Suspense, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { Loading } from '@/components/ui/loading';
import { useT } from '@/i18n/use-t';
import { viewAt } from '@/registry/views';
import './lazy-shells.css';

/*
 * The presenter, speaker and embed shells, and the dashboard's "add to deck" and "embed"
 * tools, load as their own chunks: a reader who opens the dashboard downloads none of them.
 */
const PresenterShell = lazy(() =>
  import('./presenter-shell').then((m) => ({ default: m.PresenterShell })),
);
export const SlideStart = lazy(() =>
  import('./presenter-shell').then((m) => ({ default: m.SlideStart })),
);
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

/** The tools row keeps its height while its chunk loads, so the view below does not jump. */
export function ViewTools() {
  const { pathname } = useLocation();
  // Pages that are not views of the pack (decks, a shared deck) have no link, slide or embed.
  if (!viewAt(pathname)?.view.embed) return null;
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
