import { dateFormat } from './intl-formats';
import { parsePartialDate } from './partial-date';

/** Shows a date at its own precision: "2017", "Jun 2017" or "24 Jun 2017". */
export function formatPartialDate(value: string, locale = 'en-GB'): string {
  const p = parsePartialDate(value);
  if (!p) return value;
  if (p.month === undefined) return String(p.year);
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    p.day === undefined
      ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return dateFormat(locale, options).format(date);
}

export function formatDateRange(start: string, end: string | undefined, locale = 'en-GB'): string {
  if (!end || end === start) return formatPartialDate(start, locale);
  return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
}
