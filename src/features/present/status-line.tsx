import { Link } from 'react-router-dom';
import { useT } from '@/i18n/use-t';
import type { Status } from './status';

/**
 * What the last action said, worded in the reader's language (a failure in the error style);
 * after a save that worked, a link to the reader's decks where `decksLink` is given.
 */
export function StatusLine({
  status,
  className,
  decksLink,
}: {
  status: Status;
  className: string;
  decksLink?: string;
}) {
  const { t } = useT();
  const said = status.words(t);
  return (
    <p role="status" className={status.ok ? className : `${className} error`}>
      {said}
      {decksLink && said && status.ok && (
        <>
          {' '}
          <Link to={decksLink}>{t('present.add.editDecks')}</Link>
        </>
      )}
    </p>
  );
}
