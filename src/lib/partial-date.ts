/**
 * Dates that keep their precision: "2017", "2017-06" or "2017-06-24".
 * A year-only date is a whole year, never 1 January; comparisons and axes use its span.
 */
export type Precision = 'year' | 'month' | 'day';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(value: string): DateParts | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) return null;
  return { year, month, day };
}

export function isValidPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

export function precisionOf(value: string): Precision {
  const parts = parsePartialDate(value);
  if (!parts || parts.month === undefined) return 'year';
  return parts.day === undefined ? 'month' : 'day';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day covered by the date, as a UTC timestamp in ms. */
export function startOf(value: string): number {
  const p = parsePartialDate(value);
  if (!p) return Number.NaN;
  return Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1);
}

/** Last moment covered by the date: end of the day, month or year. */
export function endOf(value: string): number {
  const p = parsePartialDate(value);
  if (!p) return Number.NaN;
  if (p.day !== undefined) return Date.UTC(p.year, (p.month ?? 1) - 1, p.day + 1) - 1;
  if (p.month !== undefined) return Date.UTC(p.year, p.month, 1) - 1;
  return Date.UTC(p.year + 1, 0, 1) - 1;
}

export function yearOf(value: string): number {
  return parsePartialDate(value)?.year ?? Number.NaN;
}

/**
 * Orders dates by their start, then by precision (a year before its months and days), so that a
 * sorted list reads naturally.
 */
export function comparePartialDates(a: string, b: string): number {
  return startOf(a) - startOf(b) || a.length - b.length;
}

/** True when two dates can be in the stated order: `a` does not start after `b` ends. */
export function mayPrecede(a: string, b: string): boolean {
  return startOf(a) <= endOf(b);
}
