import { useCallback, useState } from 'react';

export interface BoxSize {
  width: number;
  height: number;
  /** The map's name size in the element's theme (`--map-font-size`), in px. */
  fontPx: number;
}

/**
 * An element's inner size in whole pixels, measured when it is attached and whenever it resizes:
 * on a slide a map takes the box the layout leaves it, its height as well as its width, where the
 * dashboard's height follows the width. Null until measured; `fallback` where nothing lays out
 * (jsdom). The theme's name size is read with it, as names are placed for it.
 */
export function useBoxSize(fallback: { width: number; height: number }) {
  const [box, setBox] = useState<BoxSize | null>(null);
  const { width: fallbackWidth, height: fallbackHeight } = fallback;
  const ref = useCallback(
    (node: HTMLElement | null) => {
      if (!node) return;
      const measure = () => {
        const width = Math.floor(node.clientWidth) || fallbackWidth;
        const height = Math.floor(node.clientHeight) || fallbackHeight;
        const fontPx = Number(getComputedStyle(node).getPropertyValue('--map-font-size')) || 12;
        setBox((was) =>
          was?.width === width && was.height === height && was.fontPx === fontPx
            ? was
            : { width, height, fontPx },
        );
      };
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(measure);
      observer.observe(node);
      return () => observer.disconnect();
    },
    [fallbackWidth, fallbackHeight],
  );
  return [ref, box] as const;
}
