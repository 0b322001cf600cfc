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
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
}
