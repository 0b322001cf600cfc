import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { withRememberedSettings } from './remembered-settings';

export type ThemeChoice = 'light' | 'dark' | 'auto';

/** `theme=light|dark|auto` from a query string; anything else is `auto`. */
export function parseTheme(search: string): ThemeChoice {
  const value = new URLSearchParams(search).get('theme');
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/**
 * Applies `theme=` to the whole document, in every shell: light or dark as chosen, and on `auto`
 * no attribute, so that prefers-color-scheme (the reader's or the host page's setting) decides.
 */
export function ThemeSync() {
  const { search, pathname } = useLocation();
  const theme = parseTheme(withRememberedSettings(search, pathname));
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  return null;
}
