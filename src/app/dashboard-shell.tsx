import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { formatPartialDate } from '../lib/format-date';
import { textOf } from '../lib/text';
import { linkTo } from './global-params';
import { useHeaderPack } from './use-header-pack';
import { DataBoundary } from '../components/data-boundary/data-boundary';
import { NAV_VIEWS } from './views';
import { ThemeSync } from './theme-sync';
import { LanguageSync } from './language-sync';
import { ThemePicker } from './theme-picker';
import { LanguagePicker } from './language-picker';
import { ViewTools } from './lazy-shells';

/** The full app: header with the pack's title and "as of", navigation, and the current view. */
export function DashboardShell() {
  const location = useLocation();
  const { meta, failed } = useHeaderPack();
  return (
    <div className="shell">
      <ThemeSync />
      <LanguageSync />
      <a className="skip-link" href="#main" onClick={focusMain}>
        Skip to content
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__app">Jambatan</span>
          <span className="shell__pack">
            {meta ? textOf(meta.title) : failed ? 'Pack not loaded' : 'Loading pack…'}
          </span>
          {meta && (
            <span className="shell__asof">
              Data as of <time dateTime={meta.asOf}>{formatPartialDate(meta.asOf)}</time>
            </span>
          )}
          <LanguagePicker />
          <ThemePicker />
        </div>
        <nav aria-label="Views" className="shell__nav">
          <ul>
            {NAV_VIEWS.map((view) => (
              <li key={view.path}>
                <NavLink to={linkTo(view.path, location.search)}>{view.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="shell__main">
        <ViewTools />
        {/* Printed pages say where they came from; on screen the address bar does. */}
        <p className="print-only print-link">
          Link: <span>{window.location.href}</span>
        </p>
        {/* Keyed by path so that a failed view recovers when the reader moves elsewhere. */}
        <DataBoundary key={location.pathname}>
          <Outlet />
        </DataBoundary>
      </main>
      <footer className="shell__footer">
        <p>
          {meta ? `${textOf(meta.title)} · version ${meta.version} · ${meta.licence}` : 'Jambatan'}{' '}
          · every item lists its sources
        </p>
      </footer>
    </div>
  );
}

function focusMain(event: React.MouseEvent) {
  // Hash routing owns the fragment, so move focus by hand instead of following "#main".
  event.preventDefault();
  document.getElementById('main')?.focus();
}
