import { useLocation, useNavigate } from 'react-router-dom';

/**
 * A setting kept in the URL (`theme=`, `lang=`): its raw value, and a setter that writes it, or
 * removes it when it is the default, replacing the history entry: a setting is not a place to
 * go back to. Links keep it because it is a global parameter.
 */
export function useUrlSetting(name: string, defaultValue: string) {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const set = (next: string) => {
    const params = new URLSearchParams(search);
    if (next === defaultValue) params.delete(name);
    else params.set(name, next);
    const text = params.toString().replace(/%2C/gi, ',');
    navigate({ pathname, search: text ? `?${text}` : '' }, { replace: true });
  };
  return { search, set };
}
