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
