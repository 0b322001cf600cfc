import { expect, test, type Page } from '@playwright/test';
import { openView, watchPage } from './support';

/**
 * On a slow network a view's files must be asked for together, right after the manifest, not one
 * after another as each component suspends: with 300 ms per answer, four files asked for in turn
 * took 950 ms before the last request even started.
 */
const DELAY = 300;

/** Slows every data answer, and records when each data file was asked for (ms from the first). */
async function slowData(page: Page) {
  const asked = new Map<string, number>();
  let first: number | undefined;
  await page.route('**/data/**', async (route) => {
    const now = Date.now();
    first ??= now;
    const file = new URL(route.request().url()).pathname.split('/data/')[1]!;
    if (!asked.has(file)) asked.set(file, now - first);
    await new Promise((resolve) => setTimeout(resolve, DELAY));
    await route.continue();
  });
  return asked;
}

for (const [route, files] of [
  ['/projects', ['pack.json', 'sectors.json', 'projects.json']],
  ['/timeline', ['pack.json', 'sectors.json', 'projects.json', 'agreements.json', 'events.json']],
] as const) {
  test(`${route} asks for its files together, one wave after the manifest`, async ({ page }) => {
    const watch = watchPage(page);
    const asked = await slowData(page);
    await openView(page, route);
    expect(asked.get('packs.json')).toBe(0);
    const times = files.map((file) => asked.get(`malaysia-china/${file}`));
    expect(times, `${[...asked]}`).not.toContain(undefined);
    const starts = times as number[];
    // Each after the manifest's answer, and all within a fraction of one answer of each other.
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(DELAY);
    expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(DELAY / 2);
    watch.expectClean();
  });
}

test('pointing at a navigation link starts that view’s code and data', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/projects');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Trade' })
    .hover();
  await expect.poll(() => requested.some((path) => path.endsWith('/trade.json'))).toBe(true);
  // The code follows its stylesheet (a view's imports are not preloaded), so it may come second.
  await expect
    .poll(() => requested.some((path) => /\/assets\/trade-view-[\w-]+\.js$/.test(path)))
    .toBe(true);
  // Still on Projects: pointing is not going.
  expect(new URL(page.url()).hash).toMatch(/^#\/projects/);
  watch.expectClean();
});

test('tabbing to a navigation link starts that view’s data', async ({ page }) => {
  await openView(page, '/overview');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Present' })
    .focus();
  await expect.poll(() => requested.some((path) => path.endsWith('/decks.json'))).toBe(true);
});
