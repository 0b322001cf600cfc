import { expect, test, type Page } from '@playwright/test';
import { ALL_VIEWS, expectAccessible, openView, watchPage } from './support';

/**
 * A phone (390×844): the first screen holds each view's title and the start of its content, not
 * only the header (it used to take 293 px and the view tools another 100, so every title started
 * at 391 px). The navigation and settings open from a Menu button.
 */
test.use({ viewport: { width: 390, height: 844 } });

const menu = (page: Page) => page.getByRole('button', { name: 'Menu' });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Views' });

/** Where the first screen's parts are, in CSS pixels from the top of the viewport. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('#main h1')!.getBoundingClientRect();
    // The first thing the view shows after its title block (the view header).
    const header = document.querySelector('#main h1')!.closest('header, .view-header') ?? null;
    const after = (header ?? document.querySelector('#main h1')!).nextElementSibling;
    return {
      header: document.querySelector('.shell__header')!.getBoundingClientRect().height,
      h1Top: h1.top,
      h1Bottom: h1.bottom,
      contentTop: after?.getBoundingClientRect().top ?? h1.bottom,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}

for (const route of ALL_VIEWS) {
  test(`${route}: the title and the start of the content are on the first screen`, async ({
    page,
  }) => {
    const watch = watchPage(page);
    await openView(page, route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const screen = await firstScreen(page);
    expect(screen.header, 'header height').toBeLessThanOrEqual(72);
    expect(screen.h1Top, 'title top').toBeLessThan(180);
    expect(screen.contentTop, 'content starts on the first screen').toBeLessThan(844 - 100);
    expect(screen.scrollWidth, 'no sideways scroll').toBeLessThanOrEqual(390);
    // "Data as of" once: the view says it under its title, the header does not repeat it.
    await expect(page.locator('.shell__asof')).toBeHidden();
    watch.expectClean();
  });
}

for (const lang of ['ms', 'zh']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the first screen holds the title in ${lang}, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const route of ['/overview', '/projects', '/timeline']) {
        await openView(page, `${route}?lang=${lang}`);
        const screen = await firstScreen(page);
        expect(screen.header, `${route} header`).toBeLessThanOrEqual(72);
        expect(screen.h1Top, `${route} title`).toBeLessThan(180);
        expect(screen.scrollWidth, `${route} sideways`).toBeLessThanOrEqual(390);
      }
    });
  }
}

test('the menu is a disclosure: it opens the navigation and settings, Escape closes it', async ({
  page,
}) => {
  await openView(page, '/overview');
  await expect(nav(page)).toBeHidden();
  await expect(menu(page)).toHaveAttribute('aria-expanded', 'false');
  await menu(page).focus();
  await page.keyboard.press('Enter');
  await expect(menu(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(nav(page)).toBeVisible();
  await expect(page.getByLabel('Language')).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(nav(page)).toBeHidden();
  await expect(menu(page)).toBeFocused();
  // A view chosen from the menu opens, and the menu folds away.
  await menu(page).click();
  await nav(page).getByRole('link', { name: 'Trade' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trade');
  await expect(nav(page)).toBeHidden();
});

test('the view tools fold behind Share on a phone', async ({ page }) => {
  await openView(page, '/projects');
  const tools = page.getByRole('group', { name: 'Share this view' });
  await expect(tools).toBeHidden();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(tools.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(tools.getByRole('button', { name: 'Embed this view' })).toBeVisible();
});

test('language and theme chosen in the header are remembered; a link’s own choice wins', async ({
  page,
}) => {
  await openView(page, '/overview');
  await menu(page).click();
  await page.getByLabel('Language').selectOption('ms');
  await page.getByLabel('Tema').selectOption('dark');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gambaran keseluruhan');
  // A plain link, as a bookmark or a colleague's link would be: the remembered choice applies …
  await openView(page, '/projects');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projek');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // … and links carry only what the URL says, so a copied link shows everyone the same page.
  await menu(page).click();
  await expect(
    page.getByRole('navigation', { name: 'Paparan' }).getByRole('link', { name: 'Perjanjian' }),
  ).toHaveAttribute('href', '#/agreements');
  // A link with its own language wins.
  await openView(page, '/projects?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
  // An embed follows its host page, not this device.
  await openView(page, '/embed/projects');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
});

for (const [route, noun] of [
  ['/projects', 'projects'],
  ['/agreements', 'agreements'],
] as const) {
  test(`${route}: filters open full screen, the count follows, and "Show N results" returns to the list`, async ({
    page,
  }) => {
    await openView(page, route);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const sheet = page.getByRole('dialog', { name: /^Filter / });
    await expect(sheet).toBeVisible();
    const show = sheet.getByRole('button', { name: /^Show \d+ results?$/ });
    const before = await show.textContent();
    await sheet.getByRole('checkbox').first().check();
    await expect(show).not.toHaveText(before!);
    const shown = Number((await show.textContent())!.match(/\d+/)![0]);
    await show.click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: noun })).toContainText(`${shown} of`);
    await expect(page.getByRole('button', { name: 'Filters (1 active)' })).toBeFocused();
    // Escape closes it too, and the close button is there for touch.
    await page.getByRole('button', { name: 'Filters (1 active)' }).click();
    await expect(sheet.getByRole('button', { name: 'Close filters' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true });
  test('the timeline tells touch users to tap, not to use arrow keys', async ({ page }) => {
    await openView(page, '/timeline');
    const help = page.locator('.tl-chart__help');
    await expect(help).toContainText('Tap an item to open it');
    await expect(help.getByText(/arrow keys/)).toBeHidden();
  });
});

test('with a keyboard and mouse the timeline tells its keys', async ({ page }) => {
  await openView(page, '/timeline');
  const help = page.locator('.tl-chart__help');
  await expect(help.getByText(/arrow keys/)).toBeVisible();
  await expect(help.getByText(/^Tap an item/)).toBeHidden();
});
