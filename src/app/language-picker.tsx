import { useId } from 'react';
import { useT } from '@/i18n/use-t';
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, parseLanguage } from '@/i18n/languages';
import { useUrlSetting } from './use-url-setting';
import './settings.css';

/**
 * The interface language, as `lang=` (English, the default, is not written). Each language is
 * named in itself and marked as such, so a reader finds theirs and a screen reader says it right.
 */
export function LanguagePicker() {
  const id = useId();
  const { t } = useT();
  const { search, set } = useUrlSetting('lang', DEFAULT_LANGUAGE);
  return (
    <div className="setting-picker">
      <label htmlFor={id}>{t('app.language.label')}</label>
      <select id={id} value={parseLanguage(search)} onChange={(event) => set(event.target.value)}>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
