import { useSyncExternalStore, type RefObject } from 'react';

const TOKENS = [
  '--chart-1',
  '--chart-2',
  '--chart-3',
  '--chart-4',
  '--chart-5',
  '--chart-6',
  '--text',
  '--text-muted',
  '--border',
  '--bg',
  '--chart-font-size',
] as const;

export interface ChartColors {
  series: string[];
  text: string;
  muted: string;
  grid: string;
  background: string;
  /** Ticks and labels, in px: larger on a slide (the projector theme), where 18 px is the least. */
  fontSize: number;
}

// One object per distinct set of values, so that the snapshot stays identical while nothing
// changes (useSyncExternalStore compares by identity) even with charts in different themes.
const cache = new Map<string, ChartColors>();

function read(element: Element | null): ChartColors {
  const style = getComputedStyle(element ?? document.documentElement);
  const values = TOKENS.map((token) => style.getPropertyValue(token).trim() || '#555555');
  const key = values.join('|');
  let colors = cache.get(key);
  if (!colors) {
    colors = {
      series: values.slice(0, 6),
      text: values[6]!,
      muted: values[7]!,
      grid: values[8]!,
      background: values[9]!,
      fontSize: Number(values[10]) || 12,
    };
    cache.set(key, colors);
  }
  return colors;
}

function subscribe(onChange: () => void): () => void {
  // jsdom and very old browsers have no matchMedia; the theme then only changes by attribute.
  const media =
    typeof window.matchMedia === 'function'
      ? window.matchMedia('(prefers-color-scheme: dark)')
      : null;
  // A theme can be set on the root (`theme=dark`) or on a wrapper (the presenter's projector theme).
  const themes = new MutationObserver(onChange);
  themes.observe(document.documentElement, {
    attributes: true,
    subtree: true,
    attributeFilter: ['data-theme'],
  });
  const root = new MutationObserver(onChange);
  root.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
  media?.addEventListener('change', onChange);
  // The chart's element exists only once mounted: read again now that it does.
  onChange();
  return () => {
    themes.disconnect();
    root.disconnect();
    media?.removeEventListener('change', onChange);
  };
}

/**
 * Chart colours come from the same CSS tokens as the rest of the page, read as concrete values
 * so that exported SVG and PNG keep them, and re-read when the theme changes. Pass the chart's
 * element to take the tokens of the theme it sits in (e.g. the projector theme of a slide).
 */
export function useChartColors(element?: RefObject<Element | null>): ChartColors {
  // Read when React asks (after mount too), not during render: the element exists only then.
  const snapshot = () => read(element?.current ?? null);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
