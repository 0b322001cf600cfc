/**
 * Shared Intl formatters. Building one costs far more than using it (locale data is looked up
 * each time), and cards, facets and headers format on every filter change; so each
 * (locale, options) pair is built once and kept. Options are plain literals, so their JSON is
 * a faithful key.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  locale: string,
  options: object,
  build: () => F,
): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as F | undefined;
  if (!format) {
    format = build();
    cache.set(key, format);
  }
  return format;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('n', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}) =>
  cached('l', locale, options, () => new Intl.ListFormat(locale, options));

/** A count or a plain number in the reader's language ("1,234", "1.234"). */
export const formatNumber = (value: number, locale: string) => numberFormat(locale).format(value);
