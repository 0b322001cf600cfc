import { Link } from 'react-router-dom';
import { useT } from '@/i18n/use-t';

/** A clear "not here" with a way on, for unknown routes and unknown ids alike. */
export function NotFound({
  what,
  backTo,
  backLabel,
}: {
  /** What is missing, in the reader's language: `project "atlantis"`. */
  what: string;
  backTo: string;
  backLabel: string;
}) {
  const { t } = useT();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('ui.notFound.title')}</h1>
      <p>{t('ui.notFound.body', { what })}</p>
      <p>
        <Link to={backTo}>{backLabel}</Link>
      </p>
    </section>
  );
}
