import { useCallback, useState } from 'react';

/**
 * The width of an element in whole pixels, kept up to date as the window or layout changes;
 * `fallback` until it is measured (and where nothing measures, as in jsdom). Pass the returned
 * ref to the element.
 */
export function useElementWidth(fallback: number) {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback(
    (node: HTMLElement | null) => {
      if (!node) return;
      setWidth(node.clientWidth || fallback);
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver((entries) => {
        const measured = entries[0]?.contentRect.width;
        if (measured) setWidth(Math.floor(measured));
      });
      observer.observe(node);
      return () => observer.disconnect();
    },
    [fallback],
  );
  return [ref, width] as const;
}
