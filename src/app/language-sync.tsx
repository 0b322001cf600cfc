import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { switchLanguage } from '@/i18n/i18n';
import { LANGUAGE_NAMES, parseLanguage, type Language } from '@/i18n/languages';
import { withRememberedSettings } from './remembered-settings';

/**
 * Applies `lang=` in every shell: loads the language's texts, switches to them and sets
 * `<html lang>` to the language actually shown. If the texts cannot be loaded (offline before
 * they were ever fetched), the page stays in the language it has and says so.
 */
export function LanguageSync() {
  const { search, pathname } = useLocation();
  const wanted = parseLanguage(withRememberedSettings(search, pathname));
  const [failed, setFailed] = useState<Language | null>(null);
  useEffect(() => {
    let current = true;
    switchLanguage(wanted).then(
      () => current && setFailed(null),
      () => current && setFailed(wanted),
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  if (!failed) return null;
  return (
    <p role="status" className="language-failed">
      {/* In English on purpose: the chosen language's texts are what failed to load. */}
      The {LANGUAGE_NAMES[failed]} texts could not be loaded, so the page is shown in English. Check
      the connection and reload.
    </p>
  );
}
