import { expect, test, type Page } from '@playwright/test';
import {
  appLinesOf,
  BROKEN_CASES,
  loadCase,
  PACK_ID,
  type BrokenCase,
  type CaseFiles,
} from '../../scripts/lib/broken-corpus';
import { watchPage } from './support';

/**
 * Every case of the broken-pack corpus, served in place of the real data: the manifest lists the
 * pack "minimal" and its files come from the case's folder. The app must show the error panel
 * with data:check's exact lines and a Retry button, never a blank page, and keep every view
 * that does not need the broken file working.
 */

/** Serves a case's files for data/packs.json and data/<pack>/*; files it lacks get the server's 404. */
async function serveCase(page: Page, files: () => CaseFiles) {
  await page.route(/\/data\/(packs\.json|[^/]+\/[^/]+\.json)$/, async (route) => {
    const relative = new URL(route.request().url()).pathname.replace(/^.*?\/data\//, '');
    const bytes = files().get(relative);
    if (!bytes) return route.fallback();
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: Buffer.from(bytes),
    });
  });
}

/** What a view that keeps working shows with the minimal pack. */
const SPARE: Record<string, { heading: string; shows: string[] }> = {
  '/timeline': { heading: 'Timeline', shows: ['Official visit', 'Framework agreement'] },
  '/projects': { heading: 'Projects', shows: ['Rail link'] },
  '/trade': { heading: 'Trade', shows: ["Total trade, Country A's figures"] },
};

const fileLabel = (c: BrokenCase) => (c.file === 'packs.json' ? c.file : `${PACK_ID}/${c.file}`);

async function expectPanel(page: Page, file: string, lines: string[]) {
  const panel = page
    .getByRole('alert')
    .filter({ hasText: `The data file ${file}` })
    .first();
  await expect(panel).toBeVisible();
  // The same words as data:check, line for line (the panel lists up to 8).
  await expect(panel.locator('code')).toHaveText(lines.slice(0, 8));
  await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
  // Never a blank page: the app's header and navigation are still there.
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
}

async function openSpare(page: Page, view: string) {
  const spare = SPARE[view]!;
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: spare.heading, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(spare.heading);
  for (const text of spare.shows) await expect(page.getByText(text).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
}

/** Opens a hash route with a fresh app (an empty query cache), not a same-document hash change. */
async function openFresh(page: Page, route: string) {
  await page.goto('about:blank');
  await page.goto(`index.html#${route}`);
}

test.describe('the corpus, case by case', () => {
  // One page for the whole corpus: a fresh context per case would double the run time.
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let watch: ReturnType<typeof watchPage>;
  let files: CaseFiles = new Map();
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    watch = watchPage(page);
    await serveCase(page, () => files);
  });
  test.afterAll(() => page.close());

  for (const brokenCase of BROKEN_CASES) {
    test(`broken pack "${brokenCase.name}": ${brokenCase.what}`, async () => {
      files = loadCase(brokenCase);
      const { app } = brokenCase;
      if (app.kind === 'panel') {
        await openFresh(page, app.view);
        await expectPanel(page, fileLabel(brokenCase), appLinesOf(brokenCase));
        if (app.spare) await openSpare(page, app.spare);
      } else if (app.kind === 'shows-missing') {
        await openFresh(page, app.view);
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
        await expect(page.getByText(app.text)).toBeVisible();
        await expect(page.getByRole('alert')).toHaveCount(0);
      } else {
        await openFresh(page, app.view);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
        await openFresh(page, `${app.view}?pack=${app.pack}`);
        await expectPanel(page, `${app.pack}/pack.json`, appLinesOf(brokenCase));
      }
      watch.expectClean();
    });
  }
});

test('Retry reloads a broken file once it is fixed', async ({ page }) => {
  const broken = BROKEN_CASES.find((c) => c.name === 'truncated-json')!;
  const fixed = BROKEN_CASES.find((c) => c.name === 'dangling-reference')!;
  let files = loadCase(broken);
  await serveCase(page, () => files);
  await page.goto('index.html#/projects');
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('minimal/projects.json › $: not valid JSON');
  files = loadCase(fixed); // the curator saved a complete projects.json
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
  await expect(page.getByText('Rail link').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a broken projects.json leaves the timeline its events and agreements, and says so', async ({
  page,
}) => {
  const broken = BROKEN_CASES.find((c) => c.name === 'unknown-enum-value')!;
  const files = loadCase(broken);
  await serveCase(page, () => files);
  await page.goto('index.html#/timeline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await expect(page.getByText('Official visit').first()).toBeVisible();
  await expect(page.getByText('Framework agreement').first()).toBeVisible();
  await expect(page.getByText(/Project milestones could not be loaded/)).toContainText(
    appLinesOf(broken)[0]!,
  );
});
