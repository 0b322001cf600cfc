import { expect, type Page } from '@playwright/test';
import { PACK_FILE_NAMES as PACK_FILES } from '../../src/registry/pack-files';

/** The addresses the service worker holds saved copies for, relative to the app's folder. */
export function savedCopies(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('jambatan-data');
    const app = new URL('./', window.location.href).href;
    return (await cache.keys()).map((r) => r.url.replace(app, '')).sort();
  });
}

/** Waits until the service worker controls the page and has kept every file of the pack. */
export async function waitForOfflineCopy(page: Page, packId = 'malaysia-china') {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 15_000,
    })
    .toBe(true);
  await expect
    .poll(() => savedCopies(page), { timeout: 15_000 })
    .toEqual(
      expect.arrayContaining([
        'data/packs.json',
        ...PACK_FILES.map((file) => `data/${packId}/${file}`),
      ]),
    );
}
