import { useId, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { EmbedButton } from '@/features/embed/embed-dialog';
import { AddToDeck } from '@/features/present/add-to-deck';
import { useT } from '@/i18n/use-t';
import { CopyLink } from './copy-link';
import './view-tools.css';

/** The view's own title, read when needed, so that no view has to report it. */
function currentViewTitle(): string {
  return document.querySelector('#main h1')?.textContent?.trim() ?? '';
}

/**
 * What every view offers beside its content: share its link, make it a slide, or embed it. On a
 * phone they fold behind one "Share" button (a disclosure), so that they take one short line.
 */
export function ViewTools() {
  const { pathname, search } = useLocation();
  const { t } = useT();
  const groupId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="view-tools">
      <button
        type="button"
        className="button button--quiet view-tools__share"
        aria-expanded={open}
        aria-controls={groupId}
        onClick={() => setOpen(!open)}
      >
        {t('app.tools.share')}
      </button>
      <div
        id={groupId}
        className={open ? 'view-tools__group view-tools__group--open' : 'view-tools__group'}
        role="group"
        aria-label={t('app.tools.label')}
      >
        <CopyLink />
        <AddToDeck viewPath={pathname} viewSearch={search} viewTitle={currentViewTitle} />
        <EmbedButton viewPath={pathname} viewSearch={search} viewTitle={currentViewTitle} />
      </div>
    </div>
  );
}
