import { useQueryClient } from '@tanstack/react-query';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import type { MessageId } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';
import { useHeaderPack } from './use-header-pack';
import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { AsOf } from '@/components/ui/as-of';
import { PackText } from '@/components/ui/pack-text';
import { fillSlot, SLOT } from '@/components/ui/slot';
import { NAV_VIEWS } from '@/registry/views';
import { startView } from './view-routes';
import { linkTo } from '@/registry/global-params';
import { ThemeSync } from './theme-sync';
import { LanguageSync } from './language-sync';
import { ThemePicker } from './theme-picker';
import { LanguagePicker } from './language-picker';
import { OfflineNotice, ViewTools } from './lazy-shells';

/** The full app: header with the pack's title and "as of", navigation, and the current view. */
export function DashboardShell() {
  const location = useLocation();
  const { t } = useT();
  const { meta, failed } = useHeaderPack();
  const client = useQueryClient();
  return (
    <div className="shell">
      <ThemeSync />
      <LanguageSync />
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.shell.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__app">Jambatan</span>
          {meta ? (
            <PackText className="shell__pack" value={meta.title} />
          ) : (
            <span className="shell__pack">
              {t(failed ? 'app.shell.packFailed' : 'app.shell.packLoading')}
            </span>
          )}
          {meta && (
            <span className="shell__asof">
              <AsOf date={meta.asOf} />
            </span>
          )}
          <div className="settings">
            <LanguagePicker />
            <ThemePicker />
          </div>
        </div>
        <nav aria-label={t('app.nav.label')} className="shell__nav">
          <ul>
            {NAV_VIEWS.map((view) => {
              // Pointing at or tabbing to a view starts its code and data on their way.
              const start = () => startView(client, view, location.search);
              return (
                <li key={view.id}>
                  <NavLink
                    to={linkTo(`/${view.path}`, location.search)}
                    onPointerEnter={start}
                    onFocus={start}
                  >
                    {t(`app.nav.${view.id}` as MessageId)}
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="shell__main">
        <OfflineNotice />
        <ViewTools />
        {/* Printed pages say where they came from; on screen the address bar does. */}
        <p className="print-only print-link">
          {fillSlot(t('app.shell.printLink', { url: SLOT }), <span>{window.location.href}</span>)}
        </p>
        {/* Keyed by path so that a failed view recovers when the reader moves elsewhere. */}
        <DataBoundary key={location.pathname}>
          <Outlet />
        </DataBoundary>
      </main>
      <footer className="shell__footer">
        <p>
          {meta ? (
            <>
              <PackText value={meta.title} /> · {t('app.shell.version', { version: meta.version })}{' '}
              · {meta.licence}
            </>
          ) : (
            'Jambatan'
          )}{' '}
          · {t('app.shell.sourcesNote')}
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
