import { expect, test, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, openView, watchPage } from './support';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

/** The frame of a host-page iframe, once its view has loaded. */
async function embedFrame(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const frame = await handle!.contentFrame();
  await expect(frame!.locator('.embed h1')).toHaveCount(1, { timeout: 15_000 });
  await expect(frame!.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  return frame!;
}

/** Height of the iframe on the host page and of the embed's content inside it. */
async function heights(page: Page, id: string, frame: Frame) {
  const outer = await page
    .locator(`iframe#${id}`)
    .evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() =>
    Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
  );
  return { outer, inner };
}

async function expectSized(page: Page, id: string, frame: Frame) {
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(page, id, frame);
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(3);
}

test('two embeds on a plain host page size themselves and never touch its history', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto('/host/two-embeds.html');
  const historyBefore = await page.evaluate(() => history.length);

  const projects = await embedFrame(page, 'projects');
  await expectSized(page, 'projects', projects);
  await page.locator('iframe#trade').scrollIntoViewIfNeeded();
  const trade = await embedFrame(page, 'trade');
  await expectSized(page, 'trade', trade);

  // No app header or navigation inside; the footer says where the data is from.
  for (const frame of [projects, trade]) {
    await expect(frame.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
    await expect(frame.getByRole('banner')).toHaveCount(0);
    await expect(frame.locator('.embed__footer')).toContainText('Data as of');
    await expect(frame.getByRole('link', { name: /Open full view/ })).toHaveAttribute(
      'target',
      '_blank',
    );
  }
  await expect(projects.getByRole('link', { name: /Open full view/ })).toHaveAttribute(
    'href',
    '#/projects?sector=automotive',
  );

  // theme=dark applies inside the trade embed, and only there.
  expect(await trade.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await trade.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(16, 22, 28)',
  );
  expect(await projects.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();

  // A filter change inside the embed: the height follows, the host's history does not grow.
  const before = (await heights(page, 'projects', projects)).outer;
  await projects.evaluate(() =>
    location.replace('#/embed/projects?sector=automotive,renewable-energy'),
  );
  await expect.poll(async () => (await heights(page, 'projects', projects)).outer).not.toBe(before);
  await expectSized(page, 'projects', projects);
  const showTable = trade.getByRole('button', { name: /^Show table/ }).first();
  if (await showTable.count()) {
    await showTable.click();
    await expectSized(page, 'trade', trade);
    expect(await trade.evaluate(() => location.hash)).toContain('table=');
  }
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  // An in-app link inside the embed stays in the embed, by replace.
  await projects.locator('article a').first().click();
  await expect
    .poll(() => projects.evaluate(() => location.hash))
    .toMatch(/^#\/embed\/projects\/[a-z0-9-]+/);
  await expect(projects.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  await expectSized(page, 'projects', projects);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  watch.expectClean();
});

test('the host script ignores messages from other windows and in other formats', async ({
  page,
}) => {
  await page.goto('/host/two-embeds.html');
  const projects = await embedFrame(page, 'projects');
  await expectSized(page, 'projects', projects);
  const sized = (await heights(page, 'projects', projects)).outer;
  // From the host page itself: not an iframe of the page.
  await page.evaluate(() => window.postMessage({ type: 'jambatan:resize', height: 55 }, '*'));
  // From an iframe that is not Jambatan, in the shared formats the host script does not read.
  const other = await (await page.locator('iframe#other').elementHandle())!.contentFrame();
  await other!.evaluate(() => {
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 55 }, '*');
    window.parent.postMessage(JSON.stringify({ context: 'iframe.resize', height: 55 }), '*');
    window.parent.postMessage({ type: 'jambatan:resize', height: 'huge' }, '*');
  });
  await page.waitForTimeout(300);
  expect((await heights(page, 'projects', projects)).outer).toBe(sized);
  expect(await page.locator('iframe#other').evaluate((el) => el.style.height)).toBe('');
});

test('an embed exports inside the host page, and its messages never carry what was typed', async ({
  page,
}) => {
  await page.goto('/host/two-embeds.html');
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
  });
  const projects = await embedFrame(page, 'projects');
  const count = projects.getByRole('status').filter({ hasText: /projects$/ });
  const all = await count.textContent();
  // A search typed inside the embed changes its height: the host hears of the height only.
  await projects.evaluate(() => location.replace('#/embed/projects?sector=automotive&q=geely'));
  await expect(count).not.toHaveText(all!);
  await expect(count).toHaveText(/^[1-9]\d* of 25 projects$/);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen.length))
    .toBeGreaterThan(0);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.join('\n')).not.toMatch(/geely|sector=|automotive/);
  expect(seen.join('\n')).toContain('jambatan:resize');

  // The snippet's sandbox allows downloads: Download CSV inside the iframe saves a file.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    projects.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  expect(readFileSync(await file.path(), 'utf8')).toContain('Geely');
});

test('hide=header,footer keeps the title for screen readers only and drops the footer', async ({
  page,
}) => {
  await openView(page, '/embed/timeline?hide=header,footer');
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Timeline');
  await expect(h1).toHaveClass(/visually-hidden/);
  expect(await h1.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  await expect(page.locator('.embed__footer')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an embed has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of ['/embed/projects?sector=automotive', '/embed/trade?theme=' + scheme]) {
      await openView(page, route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, route);
    }
  });
}

test('screenshots of embeds, light and dark, on a host page and alone', async ({ page }) => {
  for (const size of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    for (const theme of ['light', 'dark']) {
      await openView(page, `/embed/projects?sector=automotive&theme=${theme}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `${SHOTS}/embed-projects-${size.name}-${theme}.png`,
        fullPage: true,
      });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/host/two-embeds.html');
  await embedFrame(page, 'projects');
  await page.locator('iframe#trade').scrollIntoViewIfNeeded();
  await embedFrame(page, 'trade');
  await page.screenshot({ path: `${SHOTS}/embed-host-page.png`, fullPage: true });
});
