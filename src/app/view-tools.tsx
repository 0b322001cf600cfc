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

/** What every view offers beside its content: share its link, make it a slide, or embed it. */
export function ViewTools() {
  const { pathname, search } = useLocation();
  const { t } = useT();
  return (
    <div className="view-tools" role="group" aria-label={t('app.tools.label')}>
      <CopyLink />
      <AddToDeck viewPath={pathname} viewSearch={search} viewTitle={currentViewTitle} />
      <EmbedButton viewPath={pathname} viewSearch={search} viewTitle={currentViewTitle} />
    </div>
  );
}
