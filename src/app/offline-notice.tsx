import { useSyncExternalStore } from 'react';
import { freshnessSnapshot, subscribeFreshness } from '@/data/data-freshness';
import { useT } from '@/i18n/use-t';
import { dateFormat } from '@/lib/intl-formats';
import { pendingUpdate, subscribeUpdate } from './app-update';
import { useOfflineCopy } from './use-offline-copy';
import { useOnline } from './use-online';
import './offline-notice.css';

/**
 * Says when the data on screen may be out of date (it came from the offline copy, or the
 * connection is gone) and when it was loaded; offers a newer version of the app once one is
 * installed. Silent otherwise.
 */
export function OfflineNotice() {
  useOfflineCopy();
  const { t, locale } = useT();
  const online = useOnline();
  const files = useSyncExternalStore(subscribeFreshness, freshnessSnapshot, freshnessSnapshot);
  const update = useSyncExternalStore(subscribeUpdate, pendingUpdate, pendingUpdate);
  const saved = files.filter((file) => file.fromSavedCopy);
  const oldest = (saved.length > 0 ? saved : files)
    .map((file) => file.loadedAt)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  const stale = saved.length > 0 || (!online && oldest !== undefined);
  if (!stale && !update) return null;
  // Only when said: a date-and-time formatter costs ~35 ms to build on a phone.
  const when = oldest
    ? dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(oldest)
    : '';
  return (
    <div className="offline-notice" role="status">
      {stale && (
        <p>
          <strong>{t(online ? 'app.offline.savedCopyTitle' : 'app.offline.offlineTitle')}</strong>{' '}
          {t('app.offline.loadedAt', { when })} {t('app.offline.mayBeStale')}
        </p>
      )}
      {update && (
        <p>
          {t('app.update.ready')}{' '}
          <button type="button" className="button" onClick={update}>
            {t('app.update.reload')}
          </button>
        </p>
      )}
    </div>
  );
}
