import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';

/** Where an in-app link should go instead, or `null` to let it behave as usual. */
export type LinkRewrite = (
  path: string,
  search: string,
) => { to: string; replace: boolean } | { open: string } | null;

/**
 * Catches clicks on the app's own links (`href="#/…"`) before the router sees them, so that a
 * shell can keep them inside itself: the embed shell replaces (the host page's history must not
 * grow), the presenter keeps its prefix. A capture listener on window runs before React's, and
 * react-router's <Link> does nothing once the click's default is prevented.
 */
export function useLinkCapture(rewrite: LinkRewrite) {
  const navigate = useNavigate();
  const rewriteRef = useRef(rewrite);
  useEffect(() => {
    rewriteRef.current = rewrite;
  });
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!anchor || anchor.hasAttribute('download')) return;
      const target = anchor.getAttribute('target');
      if (target && target !== '_self') return;
      const href = anchor.getAttribute('href') ?? '';
      if (!href.startsWith('#/')) return;
      const url = new URL(href.slice(1), 'http://app.invalid');
      const result = rewriteRef.current(url.pathname, url.search);
      if (!result) return;
      event.preventDefault();
      if ('open' in result) window.open(result.open, '_blank', 'noopener,noreferrer');
      else navigate(result.to, { replace: result.replace });
    };
    window.addEventListener('click', onClick, true);
    return () => window.removeEventListener('click', onClick, true);
  }, [navigate]);
}
