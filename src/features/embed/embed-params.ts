import { HTML_LANGS, LANGUAGE_NAMES, LANGUAGES } from '@/i18n/languages';

/**
 * The embed's own URL parameters: `hide=header,controls,footer`, `theme=light|dark|auto`,
 * `lang=…`. Parsing forgives (unknown parts are ignored); writing omits defaults.
 */
export const HIDE_PARTS = ['header', 'controls', 'footer'] as const;
export type HidePart = (typeof HIDE_PARTS)[number];

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Languages offered for embeds: the interface's, each named in itself. */
export const EMBED_LANGUAGES = LANGUAGES.map((id) => ({
  id,
  label: LANGUAGE_NAMES[id],
  htmlLang: HTML_LANGS[id],
}));

export interface EmbedOptions {
  hide: HidePart[];
  theme: EmbedTheme;
  lang: string;
}

/** Parameters that belong to the embed rather than to the view. */
const EMBED_KEYS = ['hide', 'theme', 'lang'];

export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const parts = (params.get('hide') ?? '').split(',').map((p) => p.trim());
  const theme = params.get('theme');
  const lang = params.get('lang') ?? '';
  return {
    hide: HIDE_PARTS.filter((part) => parts.includes(part)),
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    lang: /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : 'en',
  };
}

/** A view's query with the embed options written in (defaults left out). */
export function withEmbedOptions(viewSearch: string, options: EmbedOptions): string {
  const params = new URLSearchParams(viewSearch);
  for (const key of EMBED_KEYS) params.delete(key);
  if (options.hide.length)
    params.set('hide', HIDE_PARTS.filter((p) => options.hide.includes(p)).join(','));
  if (options.theme !== 'auto') params.set('theme', options.theme);
  if (options.lang !== 'en') params.set('lang', options.lang);
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/** The same view in the full app: the embed's `hide` goes, the theme and language stay. */
export function fullViewHash(embedPath: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('hide');
  const text = params.toString().replace(/%2C/gi, ',');
  const path = embedPath.replace(/^\/embed(?=\/|$)/, '') || '/overview';
  return `#${path}${text ? `?${text}` : ''}`;
}

/** Routes that are not views (they have no embed form): a link to them opens the full app. */
const NOT_VIEWS = /^\/(present|speaker|shared-deck)(\/|$)/;

/**
 * Where a click on an in-app link inside an embed goes: another view stays inside the embed,
 * replacing the entry (the host page's history must not grow), with the embed's options kept;
 * anything else opens the full app in a new tab.
 */
export function embedLinkTarget(
  path: string,
  search: string,
  embedSearch: string,
): { to: string; replace: true } | { open: string } {
  if (NOT_VIEWS.test(path)) return { open: fullViewHash(path, search) };
  const params = new URLSearchParams(search);
  const current = new URLSearchParams(embedSearch);
  for (const key of EMBED_KEYS) {
    const value = current.get(key);
    if (value !== null && !params.has(key)) params.set(key, value);
  }
  const text = params.toString().replace(/%2C/gi, ',');
  const inner = path.replace(/^\/embed(?=\/|$)/, '');
  return { to: `/embed${inner}${text ? `?${text}` : ''}`, replace: true };
}
