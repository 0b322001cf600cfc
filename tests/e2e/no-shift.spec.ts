import { expect, test, type Locator } from '@playwright/test';
import { openView } from './support';

/**
 * Nothing moves when a status message or a button appears: "Link copied" pushed the Copy link
 * button aside, and "Clear filters" appearing shrank the Agreements search box under the reader's
 * pointer (issue 15).
 */
test.use({ viewport: { width: 1366, height: 768 } });

const boxOf = async (locator: Locator) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on the page');
  return box;
};

test('"Link copied" moves neither the tools nor the view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openView(page, '/projects');
  const button = page.getByRole('button', { name: 'Copy link' });
  const title = page.getByRole('heading', { level: 1 });
  const before = { button: await boxOf(button), title: await boxOf(title) };
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await boxOf(button)).toEqual(before.button);
  expect(await boxOf(title)).toEqual(before.title);
});

test('"Add to my deck" saying where it went moves nothing', async ({ page }) => {
  await openView(page, '/trade');
  const button = page.getByRole('button', { name: 'Add this view to my deck' });
  const title = page.getByRole('heading', { level: 1 });
  const before = { button: await boxOf(button), title: await boxOf(title) };
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: /Added/ })).toBeVisible();
  expect(await boxOf(button)).toEqual(before.button);
  expect(await boxOf(title)).toEqual(before.title);
});

for (const [route, noun] of [
  ['/agreements', 'agreements'],
  ['/projects', 'projects'],
] as const) {
  test(`${route}: "Clear filters" appearing moves neither the search box nor the count`, async ({
    page,
  }) => {
    await openView(page, route);
    const search = page.getByRole('searchbox');
    const count = page.getByRole('status').filter({ hasText: noun });
    const before = { search: await boxOf(search), count: await boxOf(count) };
    await page.locator('.filter-panel').getByRole('checkbox').first().check();
    await expect(page.getByRole('button', { name: 'Clear filters' }).first()).toBeVisible();
    expect(await boxOf(search)).toEqual(before.search);
    expect((await boxOf(count)).y).toBe(before.count.y);
  });
}

for (const [route, viewport] of [
  ['/overview', { width: 1366, height: 768 }],
  ['/projects', { width: 1366, height: 768 }],
  ['/overview', { width: 390, height: 844 }],
  ['/timeline', { width: 390, height: 844 }],
] as const) {
  test(`${route} at ${viewport.width}: nothing on the first screen moves as the view arrives`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    // Data a little slow, as on a real network: the shell shows first, then the view.
    await page.route('**/data/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: { value: number; moved: string[] }[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        })[])
          if (!entry.hadRecentInput)
            w.__shifts.push({
              value: entry.value,
              moved: entry.sources.map(
                (s) =>
                  `${(s.node as Element | undefined)?.className || s.node?.nodeName} ` +
                  `y ${Math.round(s.previousRect.y)} → ${Math.round(s.currentRect.y)}`,
              ),
            });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openView(page, route);
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; moved: string[] }[] }).__shifts,
    );
    // The goal of the performance issue: cumulative layout shift at most 0.02.
    const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(0.02);
  });
}
