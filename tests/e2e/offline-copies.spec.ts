import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_PATH, PORT } from '../../playwright.config';
import { startDataServer } from './data-server';
import { savedCopies, waitForOfflineCopy } from './offline-support';

/*
 * The saved copy of a pack, with a real service worker, against a server that fails the way
 * intranet servers do: it must answer when the server cannot, and never be replaced by an
 * answer that is not the data.
 */
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const COPIES_PORT = PORT + 1100;
const BASE = `http://127.0.0.1:${COPIES_PORT}${APP_PATH}`;
let site: string;
let server: Awaited<ReturnType<typeof startDataServer>>;

test.beforeEach(async () => {
  site = mkdtempSync(join(tmpdir(), 'jambatan-copies-'));
  cpSync(`.e2e-build/${PORT}`, site, { recursive: true });
  server = await startDataServer(site, APP_PATH, COPIES_PORT);
});
test.afterEach(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

const projectsHeading = (page: Page) => page.getByRole('heading', { name: 'Projects', level: 1 });
const savedCopyNotice = (page: Page) => page.getByRole('status').filter({ hasText: /saved copy/i });

/** A first visit that leaves the whole pack saved. */
async function firstVisit(page: Page) {
  await page.goto(`${BASE}index.html#/projects`);
  await expect(projectsHeading(page)).toBeVisible();
  await waitForOfflineCopy(page);
}

/** The view is back from the saved copy, says so, and shows no error. */
async function expectSavedCopyShown(page: Page, timeout = 10_000) {
  await expect(projectsHeading(page)).toBeVisible({ timeout });
  await expect(page.getByRole('link', { name: /East Coast Rail Link/ }).first()).toBeVisible({
    timeout,
  });
  await expect(savedCopyNotice(page)).toContainText(/loaded on/i);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('a server answering 502 for data: the saved copy shows, with its notice', async ({ page }) => {
  await firstVisit(page);
  server.setMode('bad-gateway');
  await page.reload();
  await expectSavedCopyShown(page);
});

test('a sign-in page answered 200 for data never replaces the saved copy', async ({ page }) => {
  await firstVisit(page);
  server.setMode('sign-in-page');
  await page.reload();
  await expectSavedCopyShown(page);

  // The copy is still the data: it answers again when the server then fails outright.
  server.setMode('bad-gateway');
  await page.reload();
  await expectSavedCopyShown(page);

  // Healthy again, with a newer pack: the reader gets it, and no saved-copy notice.
  const packFile = join(site, 'data/malaysia-china/pack.json');
  const pack = JSON.parse(readFileSync(packFile, 'utf8'));
  writeFileSync(packFile, JSON.stringify({ ...pack, title: 'Malaysia–China relations, revised' }));
  server.setMode('ok');
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Malaysia–China relations, revised');
  await expect(projectsHeading(page)).toBeVisible();
  await expect(savedCopyNotice(page)).toHaveCount(0);
});

test('a server that never answers: the saved copy answers within seconds', async ({ page }) => {
  await firstVisit(page);
  server.setMode('hang');
  await page.reload();
  // The service worker gives the server 4 s; the app itself would wait 15 s and then fail.
  await expectSavedCopyShown(page, 12_000);
});

test('one saved copy per file, whatever query it was asked for with', async ({ page }) => {
  await firstVisit(page);
  // A cache-busting link, an old version of the app: still one copy of the file.
  await page.evaluate(async () => {
    for (const query of ['?v=1', '?v=2']) await fetch(`./data/malaysia-china/pack.json${query}`);
  });
  expect((await savedCopies(page)).filter((url) => url.includes('/pack.json'))).toEqual([
    'data/malaysia-china/pack.json',
  ]);
});

test('a pack taken out of the manifest loses its saved copies', async ({ page }) => {
  // The manifest lists a second pack, and the reader opens it too.
  cpSync(join(site, 'data/malaysia-china'), join(site, 'data/second-pack'), { recursive: true });
  const secondMeta = join(site, 'data/second-pack/pack.json');
  writeFileSync(
    secondMeta,
    JSON.stringify({ ...JSON.parse(readFileSync(secondMeta, 'utf8')), id: 'second-pack' }),
  );
  const manifestFile = join(site, 'data/packs.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const second = { id: 'second-pack', title: 'Two' };
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, packs: [...manifest.packs, second] }));
  await firstVisit(page);
  await page.goto(`${BASE}index.html#/projects?pack=second-pack`);
  await expect(projectsHeading(page)).toBeVisible();
  await waitForOfflineCopy(page, 'second-pack');

  // The curators withdraw it: its copies go once the new manifest is loaded; the others stay.
  writeFileSync(manifestFile, JSON.stringify(manifest));
  await page.goto(`${BASE}index.html#/projects`);
  await page.reload();
  await expect(projectsHeading(page)).toBeVisible();
  await expect
    .poll(async () => (await savedCopies(page)).filter((url) => url.includes('second-pack')))
    .toEqual([]);
  expect(await savedCopies(page)).toContain('data/malaysia-china/projects.json');
});
