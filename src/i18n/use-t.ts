import { useCallback, useSyncExternalStore } from 'react';
import { currentLanguage, i18n } from './i18n';
import { INTL_LOCALES } from './languages';
import type { MessageId } from './message-id';

let version = 0;
const subscribe = (onChange: () => void) =>
  i18n.on('change', () => {
    version += 1;
    onChange();
  });
const getVersion = () => version;

/**
 * The translate function for a component, and the language and Intl locale it is in. The
 * component renders again whenever the language changes or more texts arrive.
 */
export function useT() {
  const current = useSyncExternalStore(subscribe, getVersion, getVersion);
  const t = useCallback(
    (id: MessageId, values?: Record<string, unknown>) => i18n._(id, values),
    // A new function per change, so memoised results that use it are recomputed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current],
  );
  const lang = currentLanguage();
  return { t, lang, locale: INTL_LOCALES[lang] };
}
