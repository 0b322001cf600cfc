import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium';

/**
 * The built app, served from a sub-folder of a plain static server, in Debian's Chromium.
 * Each run builds into its own folder and serves it on its own port, so that runs in parallel
 * (several developers on one machine) never test each other's half-written build.
 */
process.env.E2E_PORT ??= String(4310 + (process.pid % 400));
export const PORT = Number(process.env.E2E_PORT);
export const APP_PATH = '/apps/jambatan/';
const BUILD_DIR = `.e2e-build/${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 1,
  retries: 0,
  // Several tests walk many pages with an axe scan on each: 30 s was too tight on a busy two-core
  // machine (axe alone took 8–24 s a page there), though nothing hangs.
  timeout: 60_000,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]]
    : [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${APP_PATH}`,
    viewport: { width: 1280, height: 800 },
    // Most tests fake the network with page.route, which a service worker would bypass; the
    // offline tests (offline.spec.ts) allow it and test against a real stopped server instead.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite build --logLevel error --outDir ${BUILD_DIR} --emptyOutDir && node scripts/serve-static.mjs --dir ${BUILD_DIR} --prefix ${APP_PATH} --port ${PORT} --mount /host/=tests/e2e/host-pages`,
    url: `http://127.0.0.1:${PORT}${APP_PATH}index.html`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
