import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, hashOf as hash, openView, tabTo, watchPage } from './support';

/** Agreements list and agreement page in the built app: deep links, keyboard, history, axe. */

const count = (page: Page) => page.getByRole('status').filter({ hasText: /agreements$/ });
const titles = (page: Page) => page.locator('.agreement-item__title');

test('a filtered deep link shows the right count and survives a reload', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/agreements?type=mou&from=2024');
  await expect(count(page)).toHaveText('12 of 57 agreements');
  await expect(titles(page)).toHaveCount(12);
  await expect(page.getByRole('checkbox', { name: /^MoU \(/ })).toBeChecked();
  await expect(page.getByLabel('From')).toHaveValue('2024');
  await page.reload();
  await expect(count(page)).toHaveText('12 of 57 agreements');
  await expect(titles(page)).toHaveCount(12);
  expect(hash(page)).toBe('#/agreements?type=mou&from=2024');
  watch.expectClean();
});

test('filters work by keyboard alone', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/agreements');
  await expect(count(page)).toHaveText('57 of 57 agreements');
  await tabTo(page, /^MoU/);
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText(/^\d+ of 57 agreements$/);
  expect(hash(page)).toBe('#/agreements?type=mou');
  const mous = await count(page).textContent();

  await tabTo(page, /^From$/);
  await page.keyboard.press('End');
  expect(hash(page)).toMatch(/^#\/agreements\?type=mou&from=20\d\d$/);

  await page.keyboard.press('Shift+Tab'); // back off the year; reach the search box forwards
  await tabTo(page, /^Search agreements$/);
  await page.keyboard.type('u mobile');
  await expect(count(page)).toHaveText(/^\d of 57 agreements$/);
  expect(hash(page)).toContain('q=u+mobile');

  await tabTo(page, /^Clear filters$/);
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('57 of 57 agreements');
  expect(hash(page)).toBe('#/agreements');
  await expect(page.getByRole('searchbox', { name: 'Search agreements' })).toBeFocused();
  expect(mous).not.toBe('57 of 57 agreements');
  watch.expectClean();
});

test('filter changes replace the history entry; moving between views pushes', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/overview');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Agreements' })
    .click();
  await expect(count(page)).toHaveText('57 of 57 agreements');
  const length = await page.evaluate(() => history.length);
  await page.getByRole('checkbox', { name: /^MoU \(/ }).check();
  await page.getByRole('checkbox', { name: /^Protocol \(/ }).check();
  await page.getByLabel('Sort by').selectOption('oldest');
  expect(await page.evaluate(() => history.length)).toBe(length);
  const filtered = await count(page).textContent();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await page.goForward();
  await expect(count(page)).toHaveText(filtered!);
  expect(hash(page)).toBe('#/agreements?type=mou,protocol&sort=oldest');
  await expect(page.getByRole('checkbox', { name: /^Protocol \(/ })).toBeChecked();
  watch.expectClean();
});

test('the agreement page steps through the selection, and back/forward restore it', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openView(page, '/agreements?type=mou&from=2024');
  const first = titles(page).first();
  const firstTitle = (await first.textContent())!;
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  const nav = page.getByRole('navigation', { name: 'Agreements in your selection' });
  await expect(nav).toContainText('1 of 12 in your selection');
  await nav.getByRole('link', { name: /Next/ }).click();
  await expect(nav).toContainText('2 of 12 in your selection');
  const second = await page.getByRole('heading', { level: 1 }).textContent();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  await page.goBack();
  await expect(count(page)).toHaveText('12 of 57 agreements');
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!);

  await nav.getByRole('link', { name: 'Back to the list' }).click();
  await expect(count(page)).toHaveText('12 of 57 agreements');
  expect(hash(page)).toBe('#/agreements?type=mou&from=2024');
  watch.expectClean();
});

test('an agreement page links to its projects and sectors', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/agreements/ecrl-supplementary-agreement-2019');
  await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
  await page.getByRole('link', { name: /East Coast Rail Link/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/East Coast Rail Link/);
  await page.goBack();
  await page.getByRole('link', { name: /Transport/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Transport/);
  watch.expectClean();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of [
      '/agreements',
      '/agreements?type=protocol&q=zzz',
      '/agreements?type=mou&from=2024',
      '/agreements/ecrl-supplementary-agreement-2019',
      '/agreements/durian-protocol-2024?type=mou,protocol',
    ]) {
      await openView(page, route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, route);
    }
  });
}

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots at ${size.name} width, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      const shots: [string, string][] = [
        ['list', '/agreements'],
        ['filtered', '/agreements?type=mou&from=2024'],
        ['empty', '/agreements?q=atlantis'],
        ['page', '/agreements/ecrl-supplementary-agreement-2019?sort=oldest'],
        ['document', '/agreements/durian-protocol-2024?type=mou,protocol&from=2024'],
      ];
      for (const [name, route] of shots) {
        await openView(page, route);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${route} overflows sideways`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `/tmp/shots-agreements/${name}-${size.name}-${scheme}.png`,
          fullPage: true,
        });
        if (size.name === 'phone')
          await page.screenshot({ path: `/tmp/shots-agreements/${name}-phone-top-${scheme}.png` });
      }
      if (size.name === 'phone') {
        await openView(page, '/agreements?type=mou');
        const toggle = page.getByRole('button', { name: 'Filters (1 active)' });
        await toggle.click();
        await expect(page.getByRole('checkbox', { name: /^MoU \(/ })).toBeVisible();
        await expectAccessible(page);
        await page.screenshot({
          path: `/tmp/shots-agreements/facets-open-${size.name}-${scheme}.png`,
          fullPage: false,
        });
      }
    });
  }
}
