import { PROBLEMS_SHOWN } from '../../components/ui/error-panel';
import { useT } from '../../i18n/use-t';

/**
 * A deck's problems, one per line, as many as the app's error panel lists before "and N more": a
 * stranger's deck may have thousands, and the first ones are enough to start fixing it.
 */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  const { t, locale } = useT();
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  return (
    <>
      <ul>
        {shown.map((line, i) => (
          <li key={i}>
            {/* Worded as data:check words it, in English whatever the language. */}
            <code lang="en">{line}</code>
          </li>
        ))}
      </ul>
      {problems.length > shown.length && (
        <p>
          {t('ui.errorPanel.more', {
            count: (problems.length - shown.length).toLocaleString(locale),
          })}
        </p>
      )}
    </>
  );
}
