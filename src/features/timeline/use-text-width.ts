import { useMemo } from 'react';

/**
 * Measures label text as the browser will draw it, so lanes leave exactly the room a label needs.
 * Undefined where there is no canvas (tests in jsdom): the layout then estimates from the length.
 */
export function useTextWidth(): ((text: string) => number) | undefined {
  return useMemo(() => {
    if (typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent)) return undefined;
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return undefined;
    const root = getComputedStyle(document.documentElement);
    const rem = parseFloat(root.fontSize) || 16;
    const size = (parseFloat(root.getPropertyValue('--step--1')) || 0.875) * rem;
    context.font = `${size}px ${root.getPropertyValue('--font-body').trim() || 'sans-serif'}`;
    const cache = new Map<string, number>();
    return (text: string) => {
      let width = cache.get(text);
      if (width === undefined) cache.set(text, (width = context.measureText(text).width));
      return width;
    };
  }, []);
}
