import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Collects what must never happen on a page: uncaught errors and requests leaving the app's folder. */
export function watchPage(page: Page) {
  const errors: string[] = [];
  const outside: string[] = [];
  const app = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/');
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (
      url.host !== app.host ||
      !(url.pathname.startsWith('/apps/jambatan/') || url.pathname.startsWith('/host/'))
    ) {
      outside.push(request.url());
    }
  });
  return {
    errors,
    outside,
    expectClean() {
      expect(errors, 'uncaught errors').toEqual([]);
      expect(outside, 'requests outside the app folder').toEqual([]);
    },
  };
}

/** Opens a hash route of the built app and waits until data has loaded (no loading message). */
export async function openView(page: Page, route: string) {
  await page.goto(`index.html#${route}`);
  // A new hash in the same page is a navigation inside the app: wait until the app shows that
  // route (its shells mark their main with the path shown), not the one before.
  const path = route.split('?')[0]!;
  if (path !== '/')
    await expect(page.locator('main[data-path]')).toHaveAttribute('data-path', path);
  // The app has rendered (with lang=ms or zh it first loads that language's texts) …
  await expect(page.locator('#root > *')).not.toHaveCount(0);
  // … and says "Loading…" in none of the interface languages.
  await expect(
    page.getByRole('status').filter({ hasText: /^(Loading|Memuatkan|正在加载)/ }),
  ).toHaveCount(0);
}

/** The page's hash route, decoded, for asserting on URLs. */
export const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

/** Presses Tab until the focused element's accessible name matches, failing after `limit` presses. */
export async function tabTo(page: Page, name: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
      return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`no focusable element named ${name} within ${limit} tabs`);
}

/** Every view of the app, one URL each, for tests that go through them all. */
export const ALL_VIEWS = [
  '/overview',
  '/projects',
  '/projects/ecrl',
  '/agreements',
  '/timeline',
  '/sectors',
  '/sectors/automotive',
  '/trade',
  '/map',
  '/present',
];

/** Time one axe scan may take: 8–24 s a page was seen on a busy two-core machine. */
const AXE_SCAN_MS = 30_000;

/** WCAG 2.2 AA, as the product promises: axe finds nothing on what the page shows now. */
export async function expectAccessible(page: Page, where?: string) {
  // Each scan brings its own time, so a test that scans many pages (every view, light and dark)
  // is not cut short by the scans themselves; the test's own steps keep the usual limit.
  const info = test.info();
  info.setTimeout(info.timeout + AXE_SCAN_MS);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations, where).toEqual([]);
}
