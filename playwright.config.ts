import { defineConfig } from '@playwright/test';

/** The built app, served from a sub-folder of a plain static server, in Debian's Chromium. */
export const PORT = 4310;
export const APP_PATH = '/apps/jambatan/';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]]
    : [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${APP_PATH}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-static.mjs --dir dist --prefix ${APP_PATH} --port ${PORT} --mount /host/=tests/e2e/host-pages`,
    url: `http://127.0.0.1:${PORT}${APP_PATH}index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
