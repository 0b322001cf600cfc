import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function animate(): boolean {
  // Tests (Vitest, or a browser driven by Playwright) need the final picture at once.
  if (import.meta.env.MODE === 'test' || navigator.webdriver) return false;
  return typeof window.matchMedia !== 'function' || !window.matchMedia(QUERY).matches;
}

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Whether charts may animate: not for readers who ask for reduced motion, and not in tests. */
export function useChartAnimation(): boolean {
  return useSyncExternalStore(subscribe, animate, () => false);
}
