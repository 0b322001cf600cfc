import { formatPartialDate } from '@/lib/format-date';
import { useT } from '@/i18n/use-t';
import { fillSlot, SLOT } from './slot';

/** "Data as of <date>", the date at its own precision in the reader's language. */
export function AsOf({ date }: { date: string }) {
  const { t, locale } = useT();
  return fillSlot(
    t('ui.asOf', { date: SLOT }),
    <time dateTime={date}>{formatPartialDate(date, locale)}</time>,
  );
}
