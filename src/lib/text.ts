/** A pack text: one English string, or translations by language tag with `en` required. */
export type TextValue = string | Record<string, string>;

/** A pack text in the wanted language, falling back to English; `lang` says which one it is. */
export interface LocalText {
  text: string;
  lang: string;
}

export function localText(value: TextValue | undefined, lang = 'en'): LocalText {
  if (value === undefined) return { text: '', lang };
  if (typeof value === 'string') return { text: value, lang: 'en' };
  const wanted = value[lang];
  if (wanted !== undefined) return { text: wanted, lang };
  return { text: value.en ?? '', lang: 'en' };
}

/** The plain string of a pack text, for sorting, searching and titles. */
export function textOf(value: TextValue | undefined, lang = 'en'): string {
  return localText(value, lang).text;
}

/** Every wording of a pack text, for searching: a reader finds a record in any of its languages. */
export function allTextsOf(value: TextValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : Object.values(value).join(' · ');
}
