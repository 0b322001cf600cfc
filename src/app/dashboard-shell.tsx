import { useLayoutEffect } from 'react';
import { Outlet, useLocation, useNavigationType } from 'react-router-dom';
import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { PackText } from '@/components/ui/pack-text';
import { fillSlot, SLOT } from '@/components/ui/slot';
import { useT } from '@/i18n/use-t';
import { LanguageSync } from './language-sync';
import { OfflineNotice, ViewTools } from './lazy-shells';
import { ShellHeader } from './shell-header';
import { ThemeSync } from './theme-sync';
import { useHeaderPack } from './use-header-pack';

/** The full app: header with the pack's title and "as of", navigation, and the current view. */
export function DashboardShell() {
  const location = useLocation();
  const navigation = useNavigationType();
  const { t } = useT();
  const { meta } = useHeaderPack();
  // Another view opens at its top, not at the height the last one was scrolled to. Back and
  // forward (POP) leave the browser to restore the place; a filter change keeps the path.
  useLayoutEffect(() => {
    if (navigation !== 'POP') window.scrollTo(0, 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new path moves the page
  }, [location.pathname]);
  return (
    <div className="shell">
      <ThemeSync />
      <LanguageSync />
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.shell.skipToContent')}
      </a>
      <ShellHeader />
      <main id="main" tabIndex={-1} className="shell__main" data-path={location.pathname}>
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
