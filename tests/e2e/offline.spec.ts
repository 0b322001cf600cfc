import { expect, test, type BrowserContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_PATH, PORT } from '../../playwright.config';
import { waitForOfflineCopy } from './offline-support';

/*
 * Offline in a real Chromium with a real service worker. Playwright's offline switch does not
 * reach service workers, so "the network" here is a server of our own, on a copy of the build
 * that these tests can change (a newer pack, a newer app), and that they stop and start again.
 */
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const OFFLINE_PORT = PORT + 1000;
const BASE = `http://127.0.0.1:${OFFLINE_PORT}${APP_PATH}`;
let site: string;
let server: ChildProcess | undefined;

async function startServer() {
  server = spawn(
    process.execPath,
    [
      'scripts/serve-static.mjs',
      '--dir',
      site,
      '--prefix',
      APP_PATH,
      '--port',
      String(OFFLINE_PORT),
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${BASE}index.html`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the test server did not start');
}

async function stopServer() {
  const running = server;
  server = undefined;
  if (!running || running.exitCode !== null) return;
  await new Promise((resolve) => {
    running.once('exit', resolve);
    running.kill();
  });
}

/** The network goes away: the server stops and the browser says it is offline. */
async function networkOff(context: BrowserContext) {
  await stopServer();
  await context.setOffline(true);
}

async function networkOn(context: BrowserContext) {
  await startServer();
  await context.setOffline(false);
}

test.beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'jambatan-offline-'));
  cpSync(`.e2e-build/${PORT}`, site, { recursive: true });
});
test.beforeEach(startServer);
test.afterEach(stopServer);
test.afterAll(() => rmSync(site, { recursive: true, force: true }));

test('reopens offline from the saved copy, says so, and takes a newer pack when back online', async ({
  page,
  context,
}) => {
  await page.goto(`${BASE}index.html#/projects`);
  await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  await waitForOfflineCopy(page);

  await networkOff(context);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: /offline/i });
  await expect(notice).toContainText(/loaded on/i);
  await expect(notice).toContainText(/out of date/i);
  // A view not opened before the network went: its data was kept too.
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Meanwhile the curators publish a newer pack.
  const packFile = join(site, 'data/malaysia-china/pack.json');
  const pack = JSON.parse(readFileSync(packFile, 'utf8'));
  writeFileSync(
    packFile,
    JSON.stringify({ ...pack, version: '1.0.1', title: 'Malaysia–China relations, revised' }),
  );

  await networkOn(context);
  // Refetching and checking the whole pack again takes a moment on a busy machine.
  await expect(page.getByRole('banner')).toContainText('Malaysia–China relations, revised', {
    timeout: 20_000,
  });
  await expect(page.getByRole('contentinfo')).toContainText('1.0.1');
  await expect(page.getByRole('status').filter({ hasText: /offline|saved copy/i })).toHaveCount(0);
});

test('offers a newer version of the app once it is installed, and switches on request', async ({
  page,
  context,
}) => {
  await page.goto(`${BASE}index.html#/overview`);
  await waitForOfflineCopy(page);

  // A new release is copied onto the server while the reader has the app open.
  const worker = join(site, 'sw.js');
  writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// release 2\n`);
  // The app looks for a newer version whenever the connection returns.
  await context.setOffline(true);
  await context.setOffline(false);

  const prompt = page.getByRole('status').filter({ hasText: /new version/i });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: /reload/i }).click(),
  ]);
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /new version/i })).toHaveCount(0);
});
