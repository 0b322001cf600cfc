import { useSyncExternalStore } from 'react';
import { currentLanguage, i18n } from './i18n';
import { INTL_LOCALES, type Language } from './languages';
import type { MessageId, Translate } from './message-id';

/** The interface's texts as they are at one moment: its translate function, language and locale. */
export interface Texts {
  t: Translate;
  /** Whether a text id is known (in this language or in English beneath it). */
  has: (id: string) => id is MessageId;
  lang: Language;
  /** The BCP 47 tag for Intl (numbers, dates, lists). */
  locale: string;
}

function textsNow(): Texts {
  const lang = currentLanguage();
  return {
    t: (id, values) => i18n._(id, values),
    has: (id): id is MessageId => id in i18n.messages,
    lang,
    locale: INTL_LOCALES[lang],
  };
}

/**
 * A new snapshot, with a new `t`, whenever the language changes or more texts arrive: a memo
 * that takes `t` among its dependencies is worked out again exactly then. This listener is added
 * when the module loads, before any component subscribes, so the snapshot is new by the time
 * React asks for it.
 */
let texts = textsNow();
i18n.on('change', () => {
  texts = textsNow();
});

const subscribe = (onChange: () => void) => i18n.on('change', onChange);
const getTexts = () => texts;

/**
 * The translate function for a component, and the language and Intl locale it is in. The
 * component renders again whenever the language changes or more texts arrive; pass `t`, `lang`
 * or `locale` to the transforms it calls.
 */
export function useT(): Texts {
  return useSyncExternalStore(subscribe, getTexts, getTexts);
}
