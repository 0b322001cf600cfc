import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForOfflineCopy } from './offline-support';

/*
 * `pack=` comes from whoever wrote the link. With the service worker in charge the app fetches
 * the pack's files in the background, with the reader's cookies, from an embed too: none of those
 * requests may be steered outside the app's folder, nor to anything but a pack the manifest lists.
 */
test.use({ serviceWorkers: 'allow' });

const APP_FOLDER = '/apps/jambatan/';
const LISTED = (
  JSON.parse(readFileSync('data/packs.json', 'utf8')) as { packs: { id: string }[] }
).packs.map((p) => p.id);
const HOSTILE = encodeURIComponent('../../../secret/api?approve=42&x=');

/**
 * Requests that leave the app's folder, or ask for data that is not a listed pack's. The
 * context's events include the service worker's own requests in Chromium (counted, so the test
 * shows it watched them).
 */
function watchRequests(page: Page) {
  const wrong: string[] = [];
  let seen = 0;
  let fromWorker = 0;
  page.context().on('request', (request) => {
    seen += 1;
    if (request.serviceWorker()) fromWorker += 1;
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    const path = url.pathname;
    const data = path.startsWith(`${APP_FOLDER}data/`) ? path.slice(APP_FOLDER.length + 5) : null;
    const listed =
      data === null ||
      (data === 'packs.json' && url.search === '') ||
      LISTED.some((id) => data.startsWith(`${id}/`));
    if (!path.startsWith(APP_FOLDER) || !listed) wrong.push(request.url());
  });
  return { wrong, seen: () => seen, fromWorker: () => fromWorker };
}

/** Waits until the browser has been idle (the prefetch's moment) and the network is quiet. */
async function settle(page: Page, requests: { seen: () => number }) {
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200))),
  );
  let before = -1;
  while (before !== requests.seen()) {
    before = requests.seen();
    await page.waitForTimeout(1000);
  }
}

for (const route of ['/overview', '/embed/overview']) {
  test(`a hostile pack= on ${route} sends no request outside the app or the listed packs`, async ({
    page,
  }) => {
    const requests = watchRequests(page);
    // A visit first, so that the service worker is in charge and prefetching when the link opens.
    await page.goto('index.html#/overview');
    await waitForOfflineCopy(page);
    await page.goto(`index.html#${route}?pack=${HOSTILE}`);
    await expect(page.getByText(/There is no pack/).first()).toBeVisible();
    await settle(page, requests);
    expect(requests.wrong, 'requests outside the app or for an unlisted pack').toEqual([]);
    expect(requests.fromWorker(), 'service worker requests watched').toBeGreaterThan(0);
    // The view says what is wrong, and no other pack's title stands above it.
    await expect(page.getByText('Malaysia–China relations')).toHaveCount(0);
  });
}
