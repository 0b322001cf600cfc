import { setupI18n, type Messages } from '@lingui/core';
import { INTL_LOCALES, type Language } from '@/i18n/languages';
import type { MessageId } from '@/i18n/message-id';
import type { Texts } from '@/i18n/use-t';

const catalogs = import.meta.glob<Messages>('../../src/i18n/locales/*/*.json', {
  import: 'default',
});

/**
 * Every interface text of one language (English beneath, as in the app), for unit tests that
 * pass the language to a transform: `toX(data, (await textsFor('ms')).t)`. An id the catalogs
 * lack throws, so a test never passes on an id shown as itself.
 */
export async function textsFor(lang: Language): Promise<Texts> {
  const i18n = setupI18n({
    missing: (locale, id) => {
      throw new Error(`Interface text missing: ${locale}: ${id}`);
    },
  });
  // Copied into one object: Lingui adds later files into the first object it is given, and the
  // imported catalogs are shared with every other test of the file.
  const messages: Messages = {};
  for (const folder of lang === 'en' ? ['en'] : ['en', lang]) {
    const files = Object.entries(catalogs).filter(([path]) => path.includes(`/${folder}/`));
    for (const [, load] of files) Object.assign(messages, await load());
  }
  i18n.load(lang, messages);
  i18n.activate(lang);
  return {
    t: (id, values) => i18n._(id, values),
    has: (id): id is MessageId => id in i18n.messages,
    lang,
    locale: INTL_LOCALES[lang],
  };
}
