import { useSyncExternalStore } from 'react';

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
] as const;

export interface ChartColors {
  series: string[];
  text: string;
  muted: string;
  grid: string;
  background: string;
}

let cached: { key: string; colors: ChartColors } | null = null;

function read(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const values = TOKENS.map((token) => style.getPropertyValue(token).trim() || '#555555');
  const key = values.join('|');
  if (cached?.key !== key) {
    cached = {
      key,
      colors: {
        series: values.slice(0, 6),
        text: values[6]!,
        muted: values[7]!,
        grid: values[8]!,
        background: values[9]!,
      },
    };
  }
  return cached.colors;
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'class', 'style'],
  });
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}

/**
 * Chart colours come from the same CSS tokens as the rest of the page, read as concrete values
 * so that exported SVG and PNG keep them, and re-read when the theme changes.
 */
export function useChartColors(): ChartColors {
  return useSyncExternalStore(subscribe, read, read);
}
