import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/vite/csp-plugin';
import { watchPage } from './support';

/**
 * The Content Security Policy of the built app, and what stays inside the app's folder. Every
 * view (and two embeds, on their own and on a host page) is walked with a listener for
 * `securitypolicyviolation` installed before the app starts: the app must need no relaxation.
 * Probes at the end prove that the policy is in force (eval and inline script are refused),
 * so that the zero count cannot come from a missing policy.
 */

const VIEWS = [
  '/overview',
  '/projects',
  '/projects?sector=automotive&q=port',
  '/projects/ecrl',
  '/agreements',
  '/agreements/diplomatic-relations-communique-1974',
  '/timeline',
  '/timeline?item=event:razak-visit-1974',
  '/sectors',
  '/sectors/automotive',
  '/trade',
  '/map',
  '/present',
  '/present/briefing/1',
  '/present/briefing/2',
  '/embed/projects',
  '/embed/trade',
];

type Watched = Window & { __violations: string[] };

/** Runs in every frame before its scripts: collects violations of the policy. */
function recordViolations() {
  const violations: string[] = [];
  (window as unknown as Watched).__violations = violations;
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
    );
  });
}

async function violationsIn(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(() => (window as unknown as Partial<Watched>).__violations ?? [])
      .catch(() => [] as string[]);
    all.push(...found.map((v) => `${frame.url()}: ${v}`));
  }
  return all;
}

/** Opens a hash route in the running app (same document: the listener keeps its records). */
async function go(page: Page, route: string) {
  await page.evaluate((hash) => (location.hash = hash), route);
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  await expect(page.locator('h1').first()).not.toBeEmpty();
}

test('the built index.html carries the strict policy and no inline script', async ({ request }) => {
  const html = await (await request.get('index.html')).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  expect(meta, 'CSP meta tag').not.toBeNull();
  const policy = meta![1]!.replaceAll('&#39;', "'");
  expect(policy).toBe(CONTENT_SECURITY_POLICY);
  const directives = Object.fromEntries(
    policy.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
  );
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['script-src']).toEqual(["'self'"]);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  // Every script is a file of the app; none is inline.
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="\.\//);
  expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
  expect(html).not.toMatch(/\sstyle="|<style\b/);
});

test('no view breaks the policy or asks for anything outside the app folder', async ({ page }) => {
  test.setTimeout(90_000);
  const watch = watchPage(page);
  await page.addInitScript(recordViolations);
  await page.goto('index.html#/overview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  for (const route of VIEWS) await go(page, route);

  // Interactions that draw or load more: chart tooltips, the table toggle, the embed preview.
  await go(page, '/trade');
  const chart = page.locator('.recharts-wrapper').first();
  await chart.hover();
  await page
    .getByRole('button', { name: /^Show table/ })
    .first()
    .click();
  await go(page, '/projects');
  await page.getByRole('button', { name: 'Embed this view' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const preview = dialog.frameLocator('iframe').first();
  await expect(preview.locator('h1').first()).not.toBeEmpty({ timeout: 15_000 });
  await page.keyboard.press('Escape');

  expect(await violationsIn(page), 'CSP violations').toEqual([]);
  watch.expectClean();

  // The policy is in force: string code (eval's kin, run by the page itself, not by the test's
  // privileged evaluate) and an inline script are refused and reported.
  await page.evaluate(() => {
    // A string callback: what the policy must refuse (as it refuses eval).
    setTimeout('window.__stringRan = true', 0);
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
  });
  await page.waitForTimeout(200);
  const ran = await page.evaluate(() => {
    const w = window as { __stringRan?: boolean; __inlineRan?: boolean };
    return { stringRan: w.__stringRan === true, inlineRan: w.__inlineRan === true };
  });
  expect(ran).toEqual({ stringRan: false, inlineRan: false });
  await expect.poll(async () => (await violationsIn(page)).length).toBeGreaterThanOrEqual(2);
});

test('embeds on a host page break no policy and stay in the app folder', async ({ page }) => {
  const watch = watchPage(page);
  await page.addInitScript(recordViolations);
  await page.goto('/host/two-embeds.html');
  for (const id of ['projects', 'trade']) {
    const frame = page.frameLocator(`iframe#${id}`);
    await page.locator(`iframe#${id}`).scrollIntoViewIfNeeded();
    await expect(frame.locator('.embed h1')).toHaveCount(1, { timeout: 15_000 });
    await expect(frame.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  }
  const inApp = (await violationsIn(page)).filter((v) => v.includes('/apps/jambatan/'));
  expect(inApp, 'CSP violations inside the embeds').toEqual([]);
  watch.expectClean();
});
