import { setupI18n, type Messages } from '@lingui/core';
import { DEFAULT_LANGUAGE, HTML_LANGS, type Language } from './languages';
import type { MessageId } from './message-id';
import { EVERY_VIEW_TEXTS, SHELL_NAMESPACES, type Namespace } from './namespaces';
import app from './locales/en/app.json';
import data from './locales/en/data.json';
import ui from './locales/en/ui.json';

/**
 * The interface texts, through Lingui's runtime (3 KiB; the messages are compiled at build time
 * by scripts/vite/catalog-plugin.ts). The shell's English texts are bundled so the first paint
 * never waits; every other file (a view's texts, Malay, Chinese) is its own small chunk, loaded
 * when a view or a language needs it. English is loaded under every language first, so a text
 * not yet translated shows in English rather than as an id.
 */
export const i18n = setupI18n();

// Each import is compiled by the catalog plugin into a flat `{ "ns.path": message }`.
const compiled = (module: unknown) => module as Messages;
const catalogs = import.meta.glob<Messages>('./locales/*/*.json', { import: 'default' });
const shellEnglish: Messages = Object.assign({}, ...[app, data, ui].map(compiled));

/** English always, whatever the reader chose: for files meant for machines (exports). */
const english = setupI18n();

for (const instance of [i18n, english]) {
  instance.load(DEFAULT_LANGUAGE, shellEnglish);
  instance.activate(DEFAULT_LANGUAGE);
}

/** Namespaces in use: a language switch loads them all before it shows. */
const used = new Set<Namespace>(SHELL_NAMESPACES);
const loaded = new Set<string>(SHELL_NAMESPACES.map((ns) => `${DEFAULT_LANGUAGE}/${ns}`));

async function loadTexts(lang: Language, namespaces: Iterable<Namespace>): Promise<void> {
  const wanted = [...namespaces].flatMap((ns) =>
    lang === DEFAULT_LANGUAGE ? [`en/${ns}`] : [`en/${ns}`, `${lang}/${ns}`],
  );
  const files = await Promise.all(
    wanted.map(
      async (key) =>
        [key, loaded.has(key) ? null : await catalogs[`./locales/${key}.json`]?.()] as const,
    ),
  );
  // English first, then the language on top: an untranslated text falls back to English.
  for (const [key, messages] of files) {
    if (!messages) continue;
    if (key.startsWith('en/')) {
      i18n.load(DEFAULT_LANGUAGE, messages);
      english.load(DEFAULT_LANGUAGE, messages);
      if (lang !== DEFAULT_LANGUAGE) i18n.load(lang, messages);
    } else i18n.load(lang, messages);
    loaded.add(key);
  }
}

/**
 * Loads a view's texts in the current language (with the view's code, not after it), and those
 * that every view and the presenter's bar may show.
 */
export async function loadViewTexts(ns: Namespace): Promise<void> {
  for (const area of [ns, ...EVERY_VIEW_TEXTS]) used.add(area);
  await loadTexts(currentLanguage(), [ns, ...EVERY_VIEW_TEXTS]);
}

/**
 * Loads a language's texts (every namespace in use) and switches to it; rejects when they
 * cannot be loaded, leaving the language as it was.
 */
export async function switchLanguage(lang: Language): Promise<void> {
  if (i18n.locale === lang) return;
  await loadTexts(lang, used);
  i18n.activate(lang);
  // The page's language is always the language shown, so screen readers pronounce it right.
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANGS[lang];
}

export function currentLanguage(): Language {
  return i18n.locale as Language;
}

/** An interface text in the current language; `values` fill its {placeholders} and plurals. */
export function t(id: MessageId, values?: Record<string, unknown>): string {
  return i18n._(id, values);
}

/** An interface text in English whatever the language, for exported files read by scripts. */
export function tEnglish(id: MessageId, values?: Record<string, unknown>): string {
  return english._(id, values);
}
