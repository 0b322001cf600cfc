import { useCallback, useSyncExternalStore } from 'react';

// One MediaQueryList per query: building one on every render costs more than the render.
const lists = new Map<string, MediaQueryList>();

function listOf(query: string): MediaQueryList | undefined {
  // jsdom and very old browsers have no matchMedia.
  if (typeof window.matchMedia !== 'function') return undefined;
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Whether a media query matches now, following changes; `unknown` where there are no media queries. */
export function useMediaQuery(query: string, unknown: boolean): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = listOf(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => listOf(query)?.matches ?? unknown);
}
