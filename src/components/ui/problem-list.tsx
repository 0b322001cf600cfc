import { MAX_LISTED_PROBLEMS } from '@/data/json-limits';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';

interface Props {
  /** Each problem on its own line, worded as data:check words it. */
  problems: readonly string[];
  limit?: number;
}

/**
 * Problems, one per line, the first `limit` of them: a broken pack or a stranger's deck may have
 * thousands, and the first ones are enough to start fixing it.
 */
export function ProblemList({ problems, limit = MAX_LISTED_PROBLEMS }: Props) {
  const { t, locale } = useT();
  const shown = problems.slice(0, limit);
  return (
    <>
      {shown.length > 0 && (
        <ul className="error-panel__problems">
          {shown.map((line, index) => (
            <li key={index}>
              {/* Worded as data:check words it, in English whatever the language. */}
              <code lang="en">{line}</code>
            </li>
          ))}
        </ul>
      )}
      {problems.length > shown.length && (
        <p>
          {t('ui.errorPanel.more', {
            count: formatNumber(problems.length - shown.length, locale),
          })}
        </p>
      )}
    </>
  );
}
