/**
 * Settings that follow the user from view to view (pack, language, theme). View filters do not:
 * moving to another view starts from its defaults.
 */
const GLOBAL_PARAMS = ['pack', 'lang', 'theme'] as const;

export function globalQuery(search: string | URLSearchParams): string {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const kept = new URLSearchParams();
  for (const key of GLOBAL_PARAMS) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}

/** A link to `path` that keeps the global settings of the current URL and adds `query`. */
export function linkTo(path: string, currentSearch: string, query = ''): string {
  const params = new URLSearchParams(globalQuery(currentSearch));
  for (const [key, value] of new URLSearchParams(query)) params.set(key, value);
  // Commas stay readable: `sector=automotive,digital`, as the URLs in the brief are written.
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `${path}?${text}` : path;
}
