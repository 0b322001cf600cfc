import { INTL_LOCALES, type Language } from '@/i18n/languages';
import { localText, type TextValue } from '@/lib/text';

/**
 * A country's name in a language, by its two-letter code: the pack's own wording when it has one
 * in that language (or the language is English), else the browser's name for the code, else the
 * pack's English wording or the code.
 */
export function countryName(code: string, name: TextValue | undefined, lang: Language): string {
  const own = name === undefined ? undefined : localText(name, lang);
  if (own && (own.lang === lang || lang === 'en')) return own.text;
  try {
    const region = code.toUpperCase();
    const named = new Intl.DisplayNames([INTL_LOCALES[lang]], { type: 'region' }).of(region);
    if (named && named !== region) return named;
  } catch {
    // Not a region code Intl knows: fall through.
  }
  return own?.text || code.toUpperCase();
}
