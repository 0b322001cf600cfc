/**
 * The interface languages. `lang=` in the URL picks one; English is the default and the
 * fallback, so it is never written into the URL.
 */
export const LANGUAGES = ['en', 'ms', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, for the picker: a reader finds their own language by its look. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ms: 'Bahasa Melayu',
  zh: '简体中文',
};

/** `<html lang>` for each language; Chinese says its script so CJK fonts pick simplified glyphs. */
export const HTML_LANGS: Record<Language, string> = { en: 'en', ms: 'ms', zh: 'zh-Hans' };

/** The BCP 47 tag given to Intl for numbers, money and dates. */
export const INTL_LOCALES: Record<Language, string> = {
  en: 'en-GB',
  ms: 'ms-MY',
  zh: 'zh-CN',
};

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `lang=` from a query string; anything unknown is the default. */
export function parseLanguage(search: string): Language {
  const value = new URLSearchParams(search).get('lang');
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}
