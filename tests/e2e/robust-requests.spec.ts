import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './support';

/**
 * Failed requests for the manifest and for each pack file, by request interception: 404, 500, a
 * connection reset, a body cut off half-way, a server that never answers and a slow one. Server
 * errors and network failures are retried with back-off (1 + 3 attempts), a missing or broken
 * file is not; then the panel names the file, and its Retry button works once the server
 * recovers. The page's clock is driven forward (page.clock) so that the back-off and the 15 s
 * timeout take no real time.
 */

const PACK = 'malaysia-china';
const FILES: [file: string, view: string, heading: string][] = [
  ['packs.json', '/overview', 'Overview'],
  [`${PACK}/pack.json`, '/overview', 'Overview'],
  [`${PACK}/sectors.json`, '/sectors', 'Sectors'],
  [`${PACK}/projects.json`, '/projects', 'Projects'],
  [`${PACK}/agreements.json`, '/agreements', 'Agreements'],
  [`${PACK}/events.json`, '/timeline', 'Timeline'],
  [`${PACK}/trade.json`, '/trade', 'Trade'],
  [`${PACK}/decks.json`, '/present', 'Present'],
];

type Mode = 'ok' | '404' | '500' | 'reset' | 'cut' | 'hang' | 'slow';

/** Serves `file` according to `mode`, counting requests and how many are still unanswered. */
async function serveFlaky(page: Page, file: string) {
  const state = { mode: 'ok' as Mode, requests: 0, pending: 0 };
  const url = (u: string) => new URL(u).pathname.endsWith(`/data/${file}`);
  page.on('request', (r) => {
    if (url(r.url())) state.pending++;
  });
  const done = (r: { url(): string }) => {
    if (url(r.url())) state.pending--;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  await page.route(`**/data/${file}`, async (route) => {
    state.requests++;
    switch (state.mode) {
      case '404':
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
      case '500':
        return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Server error' });
      case 'reset':
        return route.abort('connectionreset');
      case 'cut': {
        const body = await (await route.fetch()).body();
        // Half-way, moved back to the start of a character: a cut inside a Chinese name would
        // be reported as broken UTF-8 first, which is a different test.
        let at = Math.floor(body.length / 2);
        while (at > 0 && (body[at]! & 0xc0) === 0x80) at--;
        const half = body.subarray(0, at);
        return route.fulfill({ status: 200, contentType: 'application/json', body: half });
      }
      case 'hang':
        return; // never answered
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        return route.fallback();
      default:
        return route.fallback();
    }
  });
  return state;
}

/**
 * Runs the page's clock past each back-off (at most 2 s) while no request is open, and past the
 * 15 s timeout while a request hangs, until the panel says `text`. A request that is answering
 * is never timed out by the jump.
 */
async function driveUntil(
  page: Page,
  panel: Locator,
  text: string | RegExp,
  state: { pending: number; mode: Mode },
) {
  for (let i = 0; i < 60; i++) {
    if (await panel.filter({ hasText: text }).isVisible()) return;
    if (state.pending === 0) await page.clock.fastForward(2_100);
    else if (state.mode === 'hang') await page.clock.fastForward(15_100);
    await page.waitForTimeout(50);
  }
  await expect(panel).toContainText(text);
}

/** Proves nothing more is asked for: a minute of the page's time passes without a request. */
async function expectNoRetry(page: Page, state: { requests: number }, requests: number) {
  await page.clock.fastForward(60_000);
  await page.waitForTimeout(150);
  expect(state.requests).toBe(requests);
}

for (const [file, view, heading] of FILES) {
  test(`${file}: 404, 500, reset, cut off, timeout and slow, then Retry recovers`, async ({
    page,
  }) => {
    test.slow();
    const watch = watchPage(page);
    const state = await serveFlaky(page, file);
    await page.clock.install();
    const panel = page
      .getByRole('alert')
      .filter({ hasText: `The data file ${file} could not be loaded` })
      .first();
    const problems = page
      .getByRole('alert')
      .filter({ hasText: `The data file ${file}` })
      .first();
    const retry = async (mode: Mode) => {
      state.mode = mode;
      state.requests = 0;
      await problems.getByRole('button', { name: 'Retry' }).click();
    };

    // A missing file is reported at once, in data:check's words, and not asked for again.
    state.mode = '404';
    await page.goto(`index.html#${view}`);
    await expect(panel).toContainText(
      `${file} › $: file is missing: the server answered 404 Not Found (a file at data/${file})`,
    );
    await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expectNoRetry(page, state, 1);

    // A server error is retried three times with back-off, then reported.
    await retry('500');
    await driveUntil(page, panel, 'the server answered 500', state);
    await expect(panel).toContainText(`${file} › $: could not be loaded: the server answered 500`);
    expect(state.requests).toBe(4);

    // So is a connection reset.
    await retry('reset');
    await driveUntil(page, panel, 'the network request failed', state);
    expect(state.requests).toBe(4);

    // A body cut off half-way is a broken file: reported with its place, not retried.
    await retry('cut');
    await expect(problems).toContainText(`${file} › $: not valid JSON: unexpected end of input`);
    await expect(problems).toContainText('(a complete JSON document; the file may be cut off)');
    await expectNoRetry(page, state, 1);

    // A server that never answers is given up on after 15 s, four times.
    await retry('hang');
    await driveUntil(page, panel, 'no complete answer within 15 s', state);
    expect(state.requests).toBe(4);

    // A slow server: the loading message shows, then the data.
    await retry('slow');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^Loading/ })
        .first(),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading, { timeout: 10_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(state.requests).toBe(1);
    watch.expectClean();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
}
