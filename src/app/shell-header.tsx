import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { AsOf } from '@/components/ui/as-of';
import { PackText } from '@/components/ui/pack-text';
import type { MessageId } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';
import { linkTo } from '@/registry/global-params';
import { NAV_VIEWS } from '@/registry/views';
import { LanguagePicker } from './language-picker';
import { ThemePicker } from './theme-picker';
import { useHeaderPack } from './use-header-pack';
import { startView } from './view-routes';

/**
 * The dashboard's header: the app, the pack and its "as of", the navigation and the language and
 * theme. On a wide screen everything shows; on a phone it is one line (the pack and a Menu
 * button) and the navigation and settings open below it, as a disclosure (WAI-ARIA APG), so
 * that each view's title and first content are on the first screen.
 */
export function ShellHeader() {
  const location = useLocation();
  const { t } = useT();
  const { meta, failed } = useHeaderPack();
  const client = useQueryClient();
  const menuId = useId();
  // Open on the path where it was opened: moving to another view (a link, Back) folds it away.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.pathname;
  const setOpen = (next: boolean) => setOpenAt(next ? location.pathname : null);
  const button = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };
  return (
    <header className="shell__header" onKeyDown={closeOnEscape}>
      <div className="shell__bar">
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
        <button
          ref={button}
          type="button"
          className="button button--quiet shell__menu-button"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" className="shell__menu-icon" />
          {t('app.nav.menu')}
        </button>
      </div>
      <div id={menuId} className={open ? 'shell__menu shell__menu--open' : 'shell__menu'}>
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
                    onClick={() => setOpen(false)}
                  >
                    {t(`app.nav.${view.id}` as MessageId)}
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="settings">
          <LanguagePicker />
          <ThemePicker />
        </div>
      </div>
    </header>
  );
}
