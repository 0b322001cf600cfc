import { useSyncExternalStore } from 'react';

const QUERY = '(min-width: 56rem)';

function subscribe(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True beside a desktop-width window; where media queries are unknown (tests), assume wide. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () =>
    typeof window.matchMedia === 'function' ? window.matchMedia(QUERY).matches : true,
  );
}
