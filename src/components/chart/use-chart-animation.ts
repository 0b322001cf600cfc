import { useMediaQuery } from '@/components/ui/use-media-query';

/** Whether charts may animate: not for readers who ask for reduced motion, and not in tests. */
export function useChartAnimation(): boolean {
  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)', false);
  // Tests (Vitest, or a browser driven by Playwright) need the final picture at once.
  if (import.meta.env.MODE === 'test' || navigator.webdriver) return false;
  return !reduced;
}
