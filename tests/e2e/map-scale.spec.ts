import { expect, test, type Page } from '@playwright/test';
import { syntheticPack } from '../../scripts/lib/synthetic-pack';
import { openView, watchPage } from './support';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /projects on the map/ });

async function openMap(page: Page, route: string) {
  await openView(page, route);
  await expect(page.locator('.map-marker').first()).toBeVisible();
}

/**
 * Scale: 10,000 synthetic projects (the pack `npm run gen:pack -- --projects 10000` writes),
 * served by intercepting the data requests. Timings are reported, not asserted (machines differ);
 * what is asserted is that clustering keeps the drawing bounded.
 */
test('10,000 projects: markers stay bounded; timings are reported', async ({ page }) => {
  test.setTimeout(120_000);
  const pack = syntheticPack(10_000, 1);
  const id = pack['pack.json'].id;
  await page.route('**/data/packs.json', (route) =>
    route.fulfill({ json: { packs: [{ id, title: 'Synthetic 10,000' }] } }),
  );
  await page.route(`**/data/${id}/*.json`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() as keyof typeof pack;
    return pack[name] ? route.fulfill({ json: pack[name] }) : route.fallback();
  });
  const watch = watchPage(page);
  const started = Date.now();
  await openMap(page, `/map?pack=${id}`);
  const coldOpen = Date.now() - started;
  await expect(count(page)).toHaveText('10,000 of 10,000 projects on the map');

  const drawn = await page.evaluate(() => ({
    markers: document.querySelectorAll('.map-main .map-marker').length,
    svgElements: document.querySelectorAll('.map-main svg *').length,
  }));
  expect(drawn.markers).toBeLessThan(1500);
  expect(drawn.svgElements).toBeLessThan(8000);

  /** Milliseconds from a click to the frame after `done()` first holds. */
  const timeClick = (selector: string, done: string) =>
    page.evaluate(
      ({ selector, done }) =>
        new Promise<number>((resolve) => {
          const check = new Function(`return (${done})`) as () => boolean;
          const t0 = performance.now();
          const finish = () =>
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
          const observer = new MutationObserver(() => {
            if (!check()) return;
            observer.disconnect();
            finish();
          });
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
          (document.querySelector(selector) as HTMLElement).click();
        }),
      { selector, done },
    );

  // Warm: leave for the list, then come back to the map (data and code cached).
  await page.getByRole('link', { name: 'Projects', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
  const warmOpen = await timeClick(
    'nav a[href*="map"]',
    "document.querySelectorAll('.map-main .map-marker').length > 0",
  );

  await page.locator('summary', { hasText: 'Status' }).click();
  const firstStatus = page.locator('details[open] .facet-group__options input').first();
  const statusId = await firstStatus.evaluate((el) => {
    el.id ||= 'bench-status';
    return el.id;
  });
  const filterChange = await timeClick(
    `#${statusId}`,
    "!document.querySelector('.map-stale') && !/^10,000 of/.test(document.querySelector('.map-summary [role=status]').textContent)",
  );
  const filtered = await count(page).textContent();

  const zoomStep = await timeClick(
    '.map-zoom button',
    "document.querySelector('.map-main svg').getAttribute('data-zoom') === '1.50'",
  );
  const zoomed = await page.evaluate(
    () => document.querySelectorAll('.map-main .map-marker').length,
  );

  const report = {
    coldOpen,
    warmOpen,
    filterChange,
    filtered,
    zoomStep,
    ...drawn,
    zoomedMarkers: zoomed,
  };
  console.log(`map at 10,000 projects: ${JSON.stringify(report)}`);
  test.info().annotations.push({ type: 'benchmark', description: JSON.stringify(report) });
  watch.expectClean();
});
