import { HTML_LANGS, LANGUAGE_NAMES, LANGUAGES } from '@/i18n/languages';
import { splitShellPath } from '@/registry/shell-paths';
import { viewAt } from '@/registry/views';

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
  const { shell, view } = splitShellPath(embedPath);
  const inner = shell === 'embed' ? view : embedPath;
  const path = inner === '/' || inner === '' ? '/overview' : inner;
  return `#${path}${text ? `?${text}` : ''}`;
}

/** Whether a path is a page with no embed form (decks, the presenter): it opens the full app. */
function opensFullApp(path: string): boolean {
  const { shell, view } = splitShellPath(path);
  if (shell === 'present' || shell === 'speaker') return true;
  const target = viewAt(view);
  return target !== null && !target.view.embed;
}

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
  if (opensFullApp(path)) return { open: fullViewHash(path, search) };
  const params = new URLSearchParams(search);
  const current = new URLSearchParams(embedSearch);
  for (const key of EMBED_KEYS) {
    const value = current.get(key);
    if (value !== null && !params.has(key)) params.set(key, value);
  }
  const text = params.toString().replace(/%2C/gi, ',');
  const { view } = splitShellPath(path);
  return { to: `/embed${view === '/' ? '' : view}${text ? `?${text}` : ''}`, replace: true };
}
