/**
 * Settings of the reader, not of the slide: the deck plays in whatever pack, language and theme
 * the reader chose. A slide's query never carries them, whether the slide was added here, came in
 * a shared link or file, or was stored before this rule: a stranger's deck cannot switch the
 * reader's pack, language or theme, nor hide parts of the view.
 */
const NOT_SLIDE_PARAMS = ['pack', 'lang', 'theme', 'hide'] as const;

/** A view's query as a slide query: settings dropped, commas kept readable. */
export function slideQuery(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of NOT_SLIDE_PARAMS) params.delete(key);
  return params.toString().replace(/%2C/gi, ',');
}
