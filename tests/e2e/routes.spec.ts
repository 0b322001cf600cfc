import { expect, test } from '@playwright/test';
import { openView, watchPage } from './support';

/** Every route, opened by deep link in the built app served from a sub-folder. */
const ROUTES: [string, RegExp][] = [
  ['/overview', /^Overview$/],
  ['/projects', /^Projects$/],
  ['/projects/ecrl', /East Coast Rail Link/],
  ['/agreements', /^Agreements$/],
  ['/timeline', /^Timeline$/],
  ['/sectors', /^Sectors$/],
  ['/sectors/automotive', /Automotive/],
  ['/trade', /^Trade$/],
  ['/map', /^Map$/],
  ['/present', /^Present$/],
];

for (const [route, heading] of ROUTES) {
  test(`deep link ${route} shows its view and survives a reload`, async ({ page }) => {
    const watch = watchPage(page);
    await openView(page, route);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByText(/Data as of/).first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    watch.expectClean();
  });
}

test('an agreement page opens from the list', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/agreements');
  const first = page.locator('.record-list a').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { name: /Sources/ })).toBeVisible();
  watch.expectClean();
});

test('the navigation reaches every view, and back returns', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/overview');
  const nav = page.getByRole('navigation', { name: 'Views' });
  const steps: [string, string][] = [
    ['Projects', 'Projects'],
    ['Agreements', 'Agreements'],
    ['Timeline', 'Timeline'],
    ['Sectors', 'Sectors'],
    ['Trade', 'Trade'],
    ['Map', 'Map'],
    ['Present', 'Present'],
    ['Overview', 'Overview'],
  ];
  for (const [label, heading] of steps) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Present');
  watch.expectClean();
});

test('the header shows the pack title and its "as of" date', async ({ page }) => {
  await openView(page, '/overview');
  await expect(page.getByRole('banner')).toContainText('Malaysia–China relations');
  await expect(page.getByRole('banner')).toContainText(/Data as of 28 Nov 2026/);
});

test('an unknown route and an unknown project say "not found" with a way on', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/no-such-view');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  await openView(page, '/projects/no-such-project');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  await page.getByRole('link', { name: 'All projects' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
  watch.expectClean();
});

test('an unknown pack in the URL is named, with the packs available', async ({ page }) => {
  await openView(page, '/overview?pack=atlantis');
  await expect(page.getByRole('alert')).toContainText('There is no pack "atlantis" in packs.json');
  await expect(page.getByRole('alert')).toContainText('malaysia-china');
});

test('the root of the folder opens the overview', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
});

test('every project card is listed on Projects', async ({ page }) => {
  await openView(page, '/projects');
  const count = await page.locator('.project-card').count();
  expect(count).toBeGreaterThanOrEqual(25);
  await expect(page.getByRole('status')).toContainText(`${count} projects`);
});

test('another view opens at its top, and Back returns to the place the reader left', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openView(page, '/overview');
  const link = page.getByRole('link', { name: 'All trade figures, by basis' });
  await link.scrollIntoViewIfNeeded();
  const left = await page.evaluate(() => window.scrollY);
  expect(left).toBeGreaterThan(300);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trade');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(left);
});
