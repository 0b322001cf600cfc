import { useCallback, useRef, useState } from 'react';

/**
 * The width of an element in whole pixels, kept up to date as the window or layout changes;
 * `fallback` until it is measured (and where nothing measures, as in jsdom). Pass the returned
 * ref to the element; `element` holds it for effects and handlers. `onResize` (stable, e.g. from
 * useCallback) measures more of it, when it is attached and whenever it resizes.
 */
export function useElementWidth(fallback: number, onResize?: (element: HTMLElement) => void) {
  const [width, setWidth] = useState(fallback);
  const element = useRef<HTMLElement | null>(null);
  const ref = useCallback(
    (node: HTMLElement | null) => {
      element.current = node;
      if (!node) return;
      setWidth(node.clientWidth || fallback);
      onResize?.(node);
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver((entries) => {
        const measured = entries[0]?.contentRect.width;
        if (measured) setWidth(Math.floor(measured));
        onResize?.(node);
      });
      observer.observe(node);
      return () => observer.disconnect();
    },
    [fallback, onResize],
  );
  return [ref, width, element] as const;
}
