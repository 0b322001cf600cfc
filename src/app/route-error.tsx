import { useRouteError } from 'react-router-dom';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useT } from '@/i18n/use-t';

/** Last line of defence: something failed outside any view's boundary. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useT();
  return (
    <main className="shell__main">
      <ErrorPanel
        title={t('app.routeError.title')}
        problems={[error instanceof Error ? error.message : String(error)]}
        hint={t('app.routeError.hint')}
        onRetry={() => window.location.reload()}
      />
      <p>
        <a href="#/overview">{t('app.notFound.toOverview')}</a>
      </p>
    </main>
  );
}
