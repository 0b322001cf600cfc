import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ALL_VIEWS, hashOf, openView, watchPage } from './support';

/** What a text id looks like ("projects.filters.sector"): one showing means a text is missing. */
const TEXT_ID =
  /\b(app|ui|data|filters|labels|overview|projects|agreements|timeline|sectors|trade|map|present|embed)\.[a-z][A-Za-z]+(\.[A-Za-z-]+)*\b/;

const LANGUAGES = {
  ms: { html: 'ms', nav: ['Gambaran keseluruhan', 'Projek', 'Perjanjian', 'Garis masa'] },
  zh: { html: 'zh-Hans', nav: ['概览', '项目', '协议', '时间线'] },
} as const;

/** Page text and accessible names that no text id may appear in. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const names = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].map(
      (el) =>
        ['aria-label', 'title', 'placeholder', 'alt']
          .map((a) => el.getAttribute(a) ?? '')
          .join(' '),
    );
    return `${document.body.innerText}\n${names.join('\n')}\n${document.title}`;
  });
}

for (const [lang, expected] of Object.entries(LANGUAGES)) {
  test(`every view in ${lang}: the page's language, translated navigation, no text ids`, async ({
    page,
  }) => {
    const watch = watchPage(page);
    for (const view of ALL_VIEWS) {
      await openView(page, `${view}?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', expected.html);
      const nav = page.getByRole('navigation').first();
      for (const name of expected.nav) await expect(nav.getByRole('link', { name })).toBeVisible();
      expect(await shownText(page), `${view} in ${lang}`).not.toMatch(TEXT_ID);
    }
    watch.expectClean();
  });
}

test('the language picker switches the whole page, keeps the choice in the URL and in links', async ({
  page,
}) => {
  await openView(page, '/projects?sector=automotive');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').selectOption('ms');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms');
  await expect(page.getByRole('heading', { name: 'Projek', level: 1 })).toBeVisible();
  expect(hashOf(page)).toBe('#/projects?sector=automotive&lang=ms');
  // Enum labels and pack texts follow: a status in Malay, the sector's Malay name.
  await expect(page.getByText('Automotif, kenderaan elektrik dan bateri').first()).toBeVisible();
  // Moving to another view keeps the language.
  await page.getByRole('link', { name: 'Garis masa' }).click();
  await expect(page.getByRole('heading', { name: 'Garis masa', level: 1 })).toBeVisible();
  expect(hashOf(page)).toBe('#/timeline?lang=ms');
  await page.getByLabel('Bahasa').selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { name: '时间线', level: 1 })).toBeVisible();
  // English is the default, so choosing it removes the parameter.
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  expect(hashOf(page)).toBe('#/timeline');
});

test('numbers, money and dates follow the language; a year alone stays a year', async ({
  page,
}) => {
  await openView(page, '/projects/ecrl?lang=zh');
  const header = page.getByRole('banner');
  await expect(header).toContainText('2026年11月28日');
  // The milestone track keeps each date's precision, in Chinese: a month as a month, and a
  // year alone as a year, never as 1 January.
  const main = page.getByRole('main');
  await expect(main).toContainText('2018年8月');
  await expect(main).toContainText('2021');
  await expect(main).not.toContainText('2021年1月');
  await openView(page, '/projects/ecrl?lang=ms');
  await expect(page.getByRole('banner')).toContainText('28 Nov 2026');
});

test('English stands in for an untranslated pack text, marked lang="en"', async ({ page }) => {
  await openView(page, '/projects/ecrl?lang=ms');
  // The project's name has no Malay translation in the pack: it is English, and says so.
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveAttribute('lang', 'en');
  // A translated pack text carries no such mark: the pack title in Malay.
  await expect(page.getByRole('banner')).toContainText('Hubungan Malaysia–China');
});

test('an embed follows lang= from its URL', async ({ page }) => {
  await openView(page, '/embed/projects?lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { name: '项目', level: 1 })).toBeVisible();
  expect(await shownText(page)).not.toMatch(TEXT_ID);
});

test('Malay and Chinese pages pass axe', async ({ page }) => {
  for (const url of ['/projects?lang=ms', '/timeline?lang=zh', '/trade?lang=zh']) {
    await openView(page, url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${url}: ${v.id}`)).toEqual([]);
  }
});

test('when a language cannot be loaded, the page says so and stays in English', async ({
  page,
}) => {
  await page.route(/\/assets\/i18n-ms-/, (route) => route.abort('internetdisconnected'));
  await openView(page, '/projects?lang=ms');
  await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: /Bahasa Melayu texts could not be loaded/ }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
