import { expect, test, type Download, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import { expectAccessible, openView, watchPage } from './support';

/** Export (CSV, JSON, SVG, PNG), "Copy link", the theme picker and print. */

async function download(
  page: Page,
  name: string | RegExp,
): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).first().click(),
  ]);
  const path = await file.path();
  return { file, text: readFileSync(path, 'utf8') };
}

async function titles(page: Page, selector: string) {
  return (await page.locator(selector).allTextContents()).map((t) => t.trim());
}

function parseCsv(text: string) {
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true }).data;
}

test('projects export the filtered list in the order shown, as CSV and JSON', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/projects?sector=automotive');
  await page.getByLabel('Sort by').selectOption('value');
  await expect(page).toHaveURL(/sort=value/);
  const shown = await titles(page, '.project-card .card__title');
  expect(shown.length).toBeGreaterThan(1);
  const link = page.url();

  const json = await download(page, 'Download JSON');
  expect(json.file.suggestedFilename()).toMatch(/^jambatan-.+-projects-.+\.json$/);
  const data = JSON.parse(json.text);
  expect(data.view).toBe('projects');
  expect(data.link).toBe(link);
  expect(data.asOf).toMatch(/^\d{4}/);
  expect(data.items.map((i: { name: string }) => i.name)).toEqual(shown);
  expect(data.items[0].sources.length).toBeGreaterThan(0);
  await expect(
    page.getByRole('status').filter({ hasText: /Downloaded \d+ projects as JSON/ }),
  ).toBeVisible();

  const csv = await download(page, 'Download CSV');
  const rows = parseCsv(csv.text);
  expect(rows.map((r) => r.name)).toEqual(shown);
  for (const row of rows) {
    expect(row.link).toBe(link);
    expect(row.as_of).toBe(data.asOf);
    expect(row.sources).toMatch(/<https?:\/\//);
  }
  watch.expectClean();
});

test('agreements and timeline export what they show', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/agreements?sort=oldest');
  await page.getByRole('checkbox', { name: /^MoU/ }).first().check();
  await expect(page).toHaveURL(/type=/);
  const shownAgreements = await titles(page, '.agreement-item__title');
  const agreements = JSON.parse((await download(page, 'Download JSON')).text);
  expect(agreements.link).toBe(page.url());
  expect(agreements.items.map((i: { title: string }) => i.title)).toEqual(shownAgreements);
  const agreementRows = parseCsv((await download(page, 'Download CSV')).text);
  expect(agreementRows.map((r) => r.title)).toEqual(shownAgreements);

  await openView(page, '/timeline?kind=event&from=2015&to=2020');
  const shownItems = await titles(page, '.tl-list__title');
  const timeline = JSON.parse((await download(page, 'Download JSON')).text);
  expect(timeline.items.map((i: { title: string }) => i.title)).toEqual(shownItems);
  expect(new Set(timeline.items.map((i: { kind: string }) => i.kind))).toEqual(new Set(['Event']));
  const timelineRows = parseCsv((await download(page, 'Download CSV')).text);
  expect(timelineRows.map((r) => r.title)).toEqual(shownItems);
  expect(timelineRows[0]!.link).toContain('kind=event');
  watch.expectClean();
});

test('hide=controls leaves the export out of an embed', async ({ page }) => {
  await page.goto('index.html#/embed/projects?hide=controls');
  await expect(page.locator('.project-card').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download CSV' })).toHaveCount(0);
});

for (const route of ['/trade', '/sectors']) {
  test(`charts on ${route} download as SVG and PNG with title, source and as of`, async ({
    page,
  }) => {
    const watch = watchPage(page);
    await openView(page, route);
    await expect(page.locator('svg.recharts-surface[role="img"]').first()).toBeVisible();
    const title = (await page.locator('.chart-frame__title').first().textContent())!.trim();
    const svg = await download(page, /^Download SVG/);
    expect(svg.file.suggestedFilename()).toMatch(/\.svg$/);
    expect(svg.text).toContain('<svg');
    expect(svg.text).toContain(title.replace(/&/g, '&amp;').slice(0, 30));
    expect(svg.text).toContain('Data as of');
    expect(svg.text).toContain('Source:');
    const png = await download(page, /^Download PNG/);
    expect(png.file.suggestedFilename()).toMatch(/\.png$/);
    expect(statSync(await png.file.path()).size).toBeGreaterThan(10_000);
    mkdirSync('/tmp/shots-export', { recursive: true });
    await png.file.saveAs(`/tmp/shots-export/chart${route.replace('/', '-')}.png`);
    // With the table shown there is no picture to make.
    await page
      .getByRole('button', { name: /^Show table/ })
      .first()
      .click();
    await expect(
      page
        .locator('.chart-frame')
        .first()
        .getByRole('button', { name: /^Download SVG/ }),
    ).toHaveCount(0);
    watch.expectClean();
  });
}

test('copy link puts the full address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openView(page, '/projects?sector=automotive');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('the theme picker writes theme= with replace and applies it', async ({ page }) => {
  await openView(page, '/overview');
  await openView(page, '/projects?sector=automotive');
  const picker = page.getByLabel('Theme');
  await expect(picker).toHaveValue('auto');
  await picker.selectOption('dark');
  await expect(page).toHaveURL(/theme=dark/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('link', { name: 'Agreements', exact: true }).click();
  await expect(page).toHaveURL(/agreements\?theme=dark/);
  await page.getByLabel('Theme').selectOption('auto');
  await expect(page).not.toHaveURL(/theme=/);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  // Replace, not push: back goes to the projects view, then the overview.
  await page.goBack();
  await expect(page).toHaveURL(/#\/projects\?sector=automotive&theme=dark$/);
  await page.goBack();
  await expect(page).toHaveURL(/#\/overview$/);
});

const VIEWS = [
  '/overview',
  '/projects',
  '/projects/ecrl',
  '/agreements',
  '/timeline',
  '/sectors',
  '/trade',
];
for (const theme of ['light', 'dark'] as const) {
  test(`every main view passes axe in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const view of VIEWS) {
      await openView(page, `${view}?theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectAccessible(page, `${view} in ${theme}`);
    }
  });
}

for (const route of ['/projects?sector=automotive', '/trade', '/projects/ecrl']) {
  test(`${route} prints to PDF without navigation, with its link`, async ({ page }) => {
    await openView(page, route);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.locator('.print-link')).toBeVisible();
    await expect(page.locator('.print-link')).toContainText(page.url());
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByText(/Data as of/).first()).toBeVisible();
    if (route.includes('sector=')) await expect(page.getByText('Filtered by')).toBeVisible();
    mkdirSync('/tmp/print', { recursive: true });
    const name = route.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
    const pdf = await page.pdf({
      path: `/tmp/print/${name}.pdf`,
      format: 'A4',
      printBackground: true,
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });
}
