import { Workbox } from 'workbox-window';
import { announceUpdate } from './app-update';

/**
 * Registers the service worker (src/service-worker/sw.ts) that keeps the app and the last pack
 * for offline use. A newer version found later (checked again whenever the connection returns)
 * is announced, and installed only when the reader asks: the page then reloads onto it.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox('./sw.js', { scope: './' });
  let switching = false;
  workbox.addEventListener('waiting', () =>
    announceUpdate(() => {
      switching = true;
      workbox.messageSkipWaiting();
    }),
  );
  workbox.addEventListener('controlling', () => {
    if (switching) window.location.reload();
  });
  // A sandboxed embed (no same-origin) or a browser with storage turned off cannot register;
  // the app then simply works online only.
  workbox.register().catch(() => undefined);
  window.addEventListener('online', () => void workbox.update().catch(() => undefined));
}
