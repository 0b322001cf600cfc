import { Outlet, useLocation } from 'react-router-dom';
import { DataBoundary } from '../components/data-boundary/data-boundary';
import { formatPartialDate } from '../lib/format-date';
import { textOf } from '../lib/text';
import { useHeaderPack } from './use-header-pack';

/** A view without the app's header and navigation, for iframes, with source and "as of" below. */
export function EmbedShell() {
  const location = useLocation();
  const { meta } = useHeaderPack();
  const fullView = `#${location.pathname.replace(/^\/embed/, '') || '/overview'}${location.search}`;
  return (
    <div className="embed">
      <main className="embed__main">
        <DataBoundary key={location.pathname}>
          <Outlet />
        </DataBoundary>
      </main>
      <footer className="embed__footer">
        {meta && (
          <span>
            Source: {textOf(meta.title)} (Jambatan) · data as of{' '}
            <time dateTime={meta.asOf}>{formatPartialDate(meta.asOf)}</time>
          </span>
        )}{' '}
        <a href={fullView} target="_blank" rel="noopener noreferrer">
          Open full view
        </a>
      </footer>
    </div>
  );
}
