import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, hashOf as hash, openView, tabTo, watchPage } from './support';

/** Projects list and project page in the built app: deep links, keyboard, history, axe, screenshots. */

const count = (page: Page) => page.getByRole('status').filter({ hasText: /projects$/ });
const cards = (page: Page) => page.locator('.project-card');
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('a filtered deep link shows the right count and survives a reload', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/projects?sector=automotive&status=operational');
  await expect(count(page)).toHaveText('4 of 25 projects');
  await expect(cards(page)).toHaveCount(4);
  await expect(page.getByRole('checkbox', { name: /^Automotive/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Operational/ })).toBeChecked();
  await page.reload();
  await expect(count(page)).toHaveText('4 of 25 projects');
  await expect(cards(page)).toHaveCount(4);
  expect(hash(page)).toBe('#/projects?sector=automotive&status=operational');
  watch.expectClean();
});

test('facets and search work by keyboard alone and replace the history entry', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/projects?sector=automotive&status=operational');
  await expect(count(page)).toHaveText('4 of 25 projects');
  const length = await page.evaluate(() => history.length);

  await tabTo(page, /^Planned/);
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText('5 of 25 projects');
  expect(hash(page)).toBe('#/projects?sector=automotive&status=planned,operational');

  await tabTo(page, /^To$/);
  await page.keyboard.type('2024');
  await expect(count(page)).toHaveText('3 of 25 projects');
  expect(hash(page)).toContain('to=2024');

  await tabTo(page, /^Search projects$/);
  await page.keyboard.type('PROTÓN');
  await expect(count(page)).toHaveText('1 of 25 projects');
  expect(hash(page)).toBe(
    '#/projects?sector=automotive&status=planned,operational&to=2024&q=PROTÓN',
  );
  await tabTo(page, /^Sort by$/);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => hash(page)).toContain('sort=start');
  await expect(page.getByLabel('Sort by')).toHaveValue('start');

  await tabTo(page, /^Clear filters$/);
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('25 of 25 projects');
  expect(hash(page)).toBe('#/projects?sort=start');
  await expect(page.getByRole('searchbox', { name: 'Search projects' })).toBeFocused();
  await expect(page.getByRole('searchbox', { name: 'Search projects' })).toHaveValue('');
  expect(await page.evaluate(() => history.length)).toBe(length);
  watch.expectClean();
});

test('an empty result says so and offers to clear the filters', async ({ page }) => {
  await openView(page, '/projects?q=zzqxw');
  await expect(page.getByText('No projects match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText('25 of 25 projects');
});

test('back and forward between views restore the exact list, and prev/next follow it', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openView(page, '/overview');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Projects' })
    .click();
  await expect(count(page)).toHaveText('25 of 25 projects');
  await page.getByRole('checkbox', { name: /^Automotive/ }).check();
  await page.getByRole('searchbox', { name: 'Search projects' }).fill('proton');
  await expect(count(page)).toHaveText('3 of 25 projects');
  await page.getByLabel('Sort by').selectOption('start');
  const list = hash(page);
  expect(list).toBe('#/projects?sector=automotive&q=proton&sort=start');

  await page.getByRole('link', { name: 'Automotive Hi-Tech Valley (AHTV), Tanjung Malim' }).click();
  await expect(h1(page)).toHaveText('Automotive Hi-Tech Valley (AHTV), Tanjung Malim');
  const pager = page.getByRole('navigation', { name: 'Your selection' });
  await expect(pager).toContainText('2 of 3 in your selection');
  await pager.getByRole('link', { name: /Next: Proton EV plant/ }).focus();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Proton EV plant, Tanjung Malim');
  await expect(pager).toContainText('3 of 3 in your selection');
  await expect(pager.getByRole('link', { name: /Next:/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /Previous: Automotive Hi-Tech Valley/ }).click();
  await expect(h1(page)).toHaveText('Automotive Hi-Tech Valley (AHTV), Tanjung Malim');

  await page.goBack();
  await page.goBack();
  await page.goBack();
  await expect(h1(page)).toHaveText('Projects');
  expect(hash(page)).toBe(list);
  await expect(count(page)).toHaveText('3 of 25 projects');
  await expect(page.getByRole('searchbox', { name: 'Search projects' })).toHaveValue('proton');
  await expect(page.getByLabel('Sort by')).toHaveValue('start');
  await page.goBack();
  await expect(h1(page)).toHaveText('Overview');
  await page.goForward();
  await expect(count(page)).toHaveText('3 of 25 projects');
  await page.goForward();
  await expect(h1(page)).toHaveText('Automotive Hi-Tech Valley (AHTV), Tanjung Malim');

  await pager.getByRole('link', { name: 'Back to the list' }).click();
  await expect(count(page)).toHaveText('3 of 25 projects');
  expect(hash(page)).toBe(list);
  watch.expectClean();
});

test('on a phone the facets wait behind a Filters button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openView(page, '/projects?sector=automotive');
  const open = page.getByRole('button', { name: 'Filters (1 active)' });
  await expect(page.getByRole('checkbox', { name: /^Automotive/ })).toBeHidden();
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: /^Automotive/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Automotive/ })).toBeChecked();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the projects views, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of ['/projects', '/projects?sort=value&q=kuantan', '/projects/ecrl']) {
      await openView(page, route);
      await expect(h1(page)).toBeVisible();
      await expectAccessible(page, route);
    }
  });
}

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
for (const size of SIZES) {
  test(`screenshots at ${size.name} width`, async ({ page }) => {
    await page.setViewportSize(size);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const shots: [string, string][] = [
        ['projects', '/projects?sector=automotive&sort=value'],
        ['projects-empty', '/projects?q=zzqxw'],
        ['project-ecrl', '/projects/ecrl?status=under-construction'],
      ];
      for (const [name, route] of shots) {
        await openView(page, route);
        await expect(h1(page)).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${route} overflows sideways`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `/tmp/shots-projects/${name}-${size.name}-${scheme}.png`,
          fullPage: true,
        });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({
          path: `/tmp/shots-projects/${name}-${size.name}-${scheme}-top.png`,
        });
        // Close-ups of the parts people read most, at a legible scale.
        for (const part of ['.projects-facets', '.project-pager', '.milestone-track']) {
          const element = page.locator(part);
          if ((await element.count()) && (await element.isVisible()))
            await element.screenshot({
              path: `/tmp/shots-projects/${name}-${size.name}-${scheme}${part.replace('.', '--')}.png`,
            });
        }
      }
    }
  });
}
