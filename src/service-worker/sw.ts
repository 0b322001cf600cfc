/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { DATA_CACHE, SAVED_AT_HEADER } from '../lib/offline-protocol';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

/*
 * Jambatan offline: the app's own files are precached at install (the list is written in by the
 * build), so every view opens with the network off. Data packs are fetched network first and the
 * last copy kept: readers get the newest pack whenever the server answers, and the last one
 * they loaded when it does not, stamped with when it was saved so the app can say how old it is.
 */
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first version takes charge of the page that installed it, so that the data this first
// visit loads is already kept. Later versions wait to be asked (below).
clientsClaim();

const dataFolder = new URL('data/', self.registration.scope).pathname;

registerRoute(
  ({ url, request }) =>
    request.method === 'GET' &&
    url.origin === self.location.origin &&
    url.pathname.startsWith(dataFolder),
  new NetworkFirst({
    cacheName: DATA_CACHE,
    plugins: [
      {
        // Only complete answers are kept; each copy says when it was saved.
        cacheWillUpdate: async ({ response }) => {
          if (!response.ok) return null;
          const headers = new Headers(response.headers);
          headers.set(SAVED_AT_HEADER, new Date().toISOString());
          // The body below is already decoded: its old encoding and length no longer apply.
          headers.delete('content-encoding');
          headers.delete('content-length');
          return new Response(await response.blob(), {
            status: response.status,
            statusText: response.statusText,
            headers,
          });
        },
      },
    ],
  }),
);

// A new version waits until the reader chooses to switch (the app asks, through workbox-window's
// messageSkipWaiting), so a page is never swapped under someone reading or presenting.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
