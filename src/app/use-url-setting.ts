import { useLocation, useNavigate } from 'react-router-dom';
import { rememberSetting, withRememberedSettings } from './remembered-settings';

/**
 * A setting kept in the URL (`theme=`, `lang=`) and remembered on this device: the query string
 * as the setting reads it (see remembered-settings.ts), and a setter that remembers the choice
 * and writes it to the URL, or removes it there when it is the default, replacing the history
 * entry: a setting is not a place to go back to. Links keep it because it is a global parameter.
 */
export function useUrlSetting(name: 'lang' | 'theme', defaultValue: string) {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const set = (next: string) => {
    rememberSetting(name, next);
    const params = new URLSearchParams(search);
    if (next === defaultValue) params.delete(name);
    else params.set(name, next);
    const text = params.toString().replace(/%2C/gi, ',');
    navigate({ pathname, search: text ? `?${text}` : '' }, { replace: true });
  };
  return { search: withRememberedSettings(search, pathname), set };
}
