import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import type { OptionalFile } from './use-optional-pack-file';

type Part = 'milestones' | 'agreements' | 'sectors';

/**
 * Says that a part of the timeline is missing and why, in data:check's words, while the rest
 * shows: "Project milestones could not be loaded: malaysia-china/projects.json › $: …".
 */
export function TimelineNotice({ part, file }: { part: Part; file: OptionalFile<unknown> }) {
  const { t, locale } = useT();
  if (file.pending)
    return (
      <p className="tl-notice" role="status">
        {t(`timeline.notice.loading.${part}`)}
      </p>
    );
  if (file.problems.length === 0) return null;
  const shown = file.problems.slice(0, 3);
  return (
    <div className="tl-notice tl-notice--problem" role="status">
      <p>
        <span aria-hidden="true">⚠ </span>
        {t(`timeline.notice.failed.${part}`)} <code>{shown[0]}</code>
      </p>
      {shown.length > 1 && (
        <ul>
          {shown.slice(1).map((line) => (
            <li key={line}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
      )}
      {file.problems.length > shown.length && (
        <p>
          {t('timeline.notice.more', {
            count: formatNumber(file.problems.length - shown.length, locale),
          })}
        </p>
      )}
      <p>
        {t('timeline.notice.rest')}{' '}
        <button type="button" className="button button--quiet" onClick={file.retry}>
          {t('ui.retry')}
        </button>
      </p>
    </div>
  );
}
