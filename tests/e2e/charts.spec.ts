import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, openView, watchPage } from './support';

/** Charts of the overview, sectors and trade views: drawn, described, tabled, accessible. */

const charts = (page: Page) => page.locator('svg.recharts-surface[role="img"]');

/**
 * Charts are drawn as they come near the screen: scroll down the page, a screen at a time, as a
 * reader would, until the view's `count` charts are drawn; then back to the top.
 */
async function drawCharts(page: Page, count: number) {
  await expect(async () => {
    await page.mouse.wheel(0, await page.evaluate(() => window.innerHeight));
    expect(await charts(page).count()).toBe(count);
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Drawing chart' })).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function openCharts(page: Page, route: string, count: number) {
  await openView(page, route);
  await drawCharts(page, count);
}

test('sectors, trade and overview draw their charts as described images', async ({ page }) => {
  const watch = watchPage(page);
  await openCharts(page, '/sectors', 3);
  await expect(charts(page).first()).toHaveAttribute(
    'aria-label',
    /^Bar chart: projects per sector; Automotive, electric vehicles and batteries 6, /,
  );
  await expect(page.getByRole('img', { name: /stated value .* in MYR/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /stated value .* in USD/ })).toBeVisible();

  await openCharts(page, '/trade', 2);
  const myr = page.getByRole('img', { name: /figures reported by Malaysia \(MYR\)/ });
  await expect(myr).toHaveAttribute('aria-label', /2017 MYR\s212\.94bn \(Jan–Sep only\)/);
  await expect(myr).toHaveAttribute('aria-label', /no figure for 2013–2015, 2021/);
  // Part-year figures are labelled on the chart itself (once per year), not only in the tooltip.
  const labels = page.locator('.year-line-chart').first().locator('svg text');
  await expect(labels.filter({ hasText: /^Jan–Sep$/ })).toHaveCount(1);
  await expect(labels.filter({ hasText: /^Jan–Apr$/ })).toHaveCount(2);

  await openCharts(page, '/overview', 2);
  await expect(page.getByRole('img', { name: /^Line chart: Total goods trade/ })).toBeVisible();
  watch.expectClean();
});

test('on a phone, charts below the first screen are drawn only as the reader nears them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const chartCode: string[] = [];
  page.on('request', (request) => {
    if (/year-line-chart|ranked-bar-chart/.test(request.url())) chartCode.push(request.url());
  });
  await openView(page, '/overview');
  await expect(page.locator('.overview-counts')).toBeVisible();
  const frames = page.locator('figure.chart-frame');
  await expect(frames).toHaveCount(2);
  await expect(page.getByRole('button', { name: /^Show table: Total goods trade/ })).toBeAttached();
  // Nothing is drawn, and no chart code is fetched, until the reader scrolls near …
  await page.waitForTimeout(500);
  expect(await charts(page).count()).toBe(0);
  expect(chartCode).toEqual([]);
  // … then they are drawn a screen ahead of the reader, so nothing in sight moves.
  await page.evaluate(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        w.__shift += entry.value;
    }).observe({ type: 'layout-shift' });
  });
  await drawCharts(page, 2);
  expect(chartCode.length).toBeGreaterThan(0);
  expect(
    await page.evaluate(() => (window as unknown as { __shift: number }).__shift),
  ).toBeLessThan(0.02);
});

test('a printed page has every chart drawn, also those never scrolled to', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openView(page, '/overview');
  await expect(page.locator('figure.chart-frame')).toHaveCount(2);
  expect(await charts(page).count()).toBe(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(charts(page)).toHaveCount(2);
});

test('the table toggle shows the same numbers, is in the URL and survives a reload', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openCharts(page, '/sectors', 3);
  await page.getByRole('button', { name: 'Show table: Projects per sector' }).click();
  await expect(page).toHaveURL(/[?&]table=sector-projects(&|$)/);
  const table = page.getByRole('table', { name: /Projects per sector/ });
  await expect(table.getByRole('row', { name: /Automotive/ })).toContainText('6');
  await page.reload();
  await expect(page.getByRole('table', { name: /Projects per sector/ })).toBeVisible();
  await drawCharts(page, 2);

  await openCharts(page, '/trade?table=trade-other-usd', 1);
  const usd = page.getByRole('table', { name: /Chinese-side and other-basis/ });
  await expect(usd.getByRole('row', { name: /^2022/ })).toContainText('US$203.6bn');
  await expect(usd.getByRole('row', { name: /^2020 Jan–Aug only/ })).toContainText('US$80.06bn');
  // Back to the chart: the parameter goes, and the history entry was replaced, not added.
  await page.getByRole('button', { name: /^Show chart/ }).click();
  await expect(page).not.toHaveURL(/table=/);
  await expect(charts(page)).toHaveCount(2);
  watch.expectClean();
});

test('toggling a table replaces the history entry; back leaves the view', async ({ page }) => {
  await openCharts(page, '/overview', 2);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Trade' })
    .click();
  await drawCharts(page, 2);
  await page.getByRole('button', { name: /^Show table: Bilateral goods trade/ }).click();
  await page.getByRole('button', { name: /^Show table: Total goods trade/ }).click();
  await expect(page).toHaveURL(/table=trade-my-myr,trade-other-usd/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trade');
  await expect(page.getByRole('table')).toHaveCount(4);
});

test('keyboard reaches the table toggle and the chart', async ({ page }) => {
  await openCharts(page, '/trade', 2);
  const toggle = page.getByRole('button', { name: /^Show table: Bilateral goods trade/ });
  for (let i = 0; i < 40 && !(await toggle.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  // Then the chart's downloads (SVG, PNG), then the chart itself.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Download SVG: Bilateral goods/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(charts(page).first()).toBeFocused();
  // Focus shows the first year's figures; arrow keys move through the years, gaps included.
  const tip = page.locator('.year-line-chart').first().getByRole('status');
  await expect(tip).toContainText('Year 2012');
  await expect(tip).toContainText('Total trade: MYR\u00a0181bn');
  await page.keyboard.press('ArrowRight');
  await expect(tip).toContainText('Year 2013');
  await expect(tip).toContainText('Total trade: no figure');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/table=trade-my-myr/);
  await expect(page.getByRole('table', { name: /Total goods trade with China/ })).toBeVisible();
});

test('a chart that cannot load says so inside its frame; the rest of the page works', async ({
  page,
}) => {
  await page.route('**/assets/year-line-chart-*.js', (route) => route.abort());
  await openView(page, '/trade');
  const frame = page.locator('figure.chart-frame').first();
  await expect(frame.getByRole('alert')).toContainText('This chart could not be drawn');
  await frame.getByRole('alert').getByRole('button', { name: 'Show table' }).click();
  await expect(frame.getByRole('table').first()).toContainText('MYR 484.12bn');
  await expect(page.getByRole('heading', { name: /Other sourced figures/ })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the chart views, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const views: [string, number][] = [
      ['/overview', 2],
      ['/sectors', 3],
      ['/sectors/automotive', 0],
      ['/trade', 2],
      ['/trade?table=trade-my-myr,trade-other-usd', 0],
      ['/sectors?table=sector-projects,sector-value-myr,sector-value-usd', 0],
      ['/overview?table=overview-trade,overview-sectors', 0],
    ];
    for (const [view, count] of views) {
      await openCharts(page, view, count);
      await expectAccessible(page, `${view} (${scheme})`);
    }
  });
}

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const SHOTS: [string, string, number][] = [
  ['overview', '/overview', 2],
  ['sectors', '/sectors', 3],
  ['sector-automotive', '/sectors/automotive', 0],
  ['trade', '/trade', 2],
  ['trade-table', '/trade?table=trade-my-myr', 1],
];
const dir = process.env.CHART_SHOTS ?? 'test-results/chart-shots';

for (const size of SIZES) {
  test(`chart views fit a ${size.name} screen, light and dark`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, view, count] of SHOTS) {
        await openCharts(page, view, count);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${view} overflows sideways`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `${dir}/${name}-${size.name}-${scheme}.png`,
          fullPage: true,
        });
      }
    }
  });
}
