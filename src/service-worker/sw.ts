/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { answerDataRequest } from './data-copies';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

/*
 * Jambatan offline: the app's own files are precached at install (the list is written in by the
 * build), so every view opens with the network off. Data packs are fetched network first and the
 * last good copy kept (data-copies.ts): readers get the newest pack whenever the server answers
 * with it, and the last one they loaded when it fails, is slow or answers something else,
 * stamped with when it was saved so the app can say how old it is.
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
  ({ request, event }) => answerDataRequest(request, dataFolder, (work) => event.waitUntil(work)),
);

// A new version waits until the reader chooses to switch (the app asks, through workbox-window's
// messageSkipWaiting), so a page is never swapped under someone reading or presenting.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
