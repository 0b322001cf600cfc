import { splitShellPath } from '@/registry/shell-paths';

/**
 * Language and theme chosen in the header are remembered on this device, so that a reader who
 * reads in Malay or in the dark is not asked again on every visit. The URL still wins: a link
 * with `lang=` or `theme=` shows what it says, and links carry a setting only when it is in the
 * URL (a copied link shows everyone the same page). An embed follows its host page only.
 */
type Remembered = 'lang' | 'theme';
const KEYS: Record<Remembered, string> = { lang: 'jambatan:lang', theme: 'jambatan:theme' };
/** Anything longer is not a value the app wrote. */
const MAX_LENGTH = 16;

function read(name: Remembered): string | null {
  try {
    const value = localStorage.getItem(KEYS[name]);
    return value && value.length <= MAX_LENGTH ? value : null;
  } catch {
    // Storage refused (a locked-down browser, a sandboxed frame): nothing is remembered.
    return null;
  }
}

export function rememberSetting(name: Remembered, value: string): void {
  try {
    localStorage.setItem(KEYS[name], value);
  } catch {
    // As above: the choice still holds for this page through the URL.
  }
}

/**
 * The query string as the settings see it: the URL's own, with the remembered language and
 * theme where the URL names none (outside embeds). Parsers check the values as usual.
 */
export function withRememberedSettings(search: string, pathname: string): string {
  if (splitShellPath(pathname).shell === 'embed') return search;
  const params = new URLSearchParams(search);
  for (const name of Object.keys(KEYS) as Remembered[]) {
    const value = params.has(name) ? null : read(name);
    if (value !== null) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
