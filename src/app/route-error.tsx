import { useRouteError } from 'react-router-dom';
import { ErrorPanel } from '../components/ui/error-panel';

/** Last line of defence: something failed outside any view's boundary. */
export function RouteError() {
  const error = useRouteError();
  return (
    <main className="shell__main">
      <ErrorPanel
        title="Jambatan could not show this page"
        problems={[error instanceof Error ? error.message : String(error)]}
        hint="Reload the page, or go back to the overview."
        onRetry={() => window.location.reload()}
      />
      <p>
        <a href="#/overview">Go to the overview</a>
      </p>
    </main>
  );
}
