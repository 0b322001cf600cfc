import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, openView, watchPage } from './support';

/** The timeline in the built app: deep links, keyboard alone, zoom, a broken file, axe, screenshots. */

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing/ });
const axis = (page: Page) => page.getByRole('group', { name: /^Timeline of \d+ items/ });
const listItems = (page: Page) => page.locator('.tl-list__items > li');
const focusedKey = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.itemKey ?? null);

test('a filtered deep link shows the same items and counts after a reload', async ({ page }) => {
  const watch = watchPage(page);
  await openView(page, '/timeline?kind=agreement&from=2024');
  await expect(page.getByRole('heading', { level: 2, name: 'Time axis, 2024–2028' })).toBeVisible();
  const text = await status(page).textContent();
  expect(text).toMatch(
    /^Showing (\d+) of \d+ items: 0 events, \1 agreements and 0 project milestones$/,
  );
  const count = await listItems(page).count();
  expect(count).toBeGreaterThan(10);
  await expect(axis(page).getByRole('link')).toHaveCount(count);
  await page.reload();
  await expect(status(page)).toHaveText(text!);
  await expect(listItems(page)).toHaveCount(count);
  await expect(page.getByRole('checkbox', { name: /Agreements/ })).toBeChecked();
  watch.expectClean();
});

test('filters work by keyboard alone and replace the history entry', async ({ page }) => {
  await openView(page, '/overview');
  await openView(page, '/timeline');
  const box = page.getByRole('checkbox', { name: /Project milestones/ });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/#\/timeline\?kind=milestone$/);
  await expect(status(page)).toContainText('0 events, 0 agreements');
  await page.getByLabel('From', { exact: true }).focus();
  await page.keyboard.press('End'); // the last year in the list
  await expect(page).toHaveURL(/kind=milestone&from=\d{4}$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await page.goForward();
  await expect(page).toHaveURL(/kind=milestone&from=\d{4}$/);
  await expect(box).toBeChecked();
});

test('the timeline is one tab stop; arrows move in time order and Enter opens', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openView(page, '/timeline?from=2019&to=2019');
  let key: string | null = null;
  for (let i = 0; i < 60 && !key; i++) {
    await page.keyboard.press('Tab');
    key = await focusedKey(page);
  }
  expect(key, 'Tab reaches the timeline').not.toBeNull();
  const first = key;
  await page.keyboard.press('ArrowRight');
  const second = await focusedKey(page);
  expect(second).not.toBe(first);
  // The focused item is visible and its title shows in full, however crowded.
  const focused = page.locator(`[data-item-key="${second}"]`);
  await expect(focused).toBeFocused();
  await expect(focused.locator('.tl-mark__label')).toBeVisible();
  await expect(focused).toHaveAttribute('aria-label', /^\d{1,2} \w{3} 2019|^\w{3} 2019|^2019/);
  await page.keyboard.press('ArrowLeft');
  expect(await focusedKey(page)).toBe(first);
  // Tab leaves the timeline in one step.
  await page.keyboard.press('Tab');
  expect(await focusedKey(page)).toBeNull();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedKey(page)).toBe(first);

  // Walk to an event and open it: its details show, focus moves to them, Escape goes back.
  for (let i = 0; i < 40 && !(await focusedKey(page))?.startsWith('event:'); i++)
    await page.keyboard.press('ArrowRight');
  const eventKey = (await focusedKey(page))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`item=${eventKey.replace(':', '(:|%3A)')}`));
  const detail = page.locator('.tl-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(detail.getByRole('heading', { name: /^Sources/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  expect(await focusedKey(page)).toBe(eventKey);

  // An agreement opens its page; Back returns to the same timeline.
  await page.keyboard.press('Home');
  for (let i = 0; i < 60 && !(await focusedKey(page))?.startsWith('agreement:'); i++)
    await page.keyboard.press('ArrowRight');
  const agreementKey = (await focusedKey(page))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/agreements/${agreementKey.split(':')[1]}`));
  await page.goBack();
  await expect(page).toHaveURL(/#\/timeline\?from=2019&to=2019$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Time axis, 2019' })).toBeVisible();
  watch.expectClean();
});

test('zoom buttons and dragging across the years change the range, kept in the URL', async ({
  page,
}) => {
  await openView(page, '/timeline?from=2016&to=2023');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=2018&to=2021$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Time axis, 2018–2021' })).toBeVisible();
  await page.getByRole('button', { name: 'Later →' }).click();
  await expect(page).toHaveURL(/from=2020&to=2023$/);
  await page.getByRole('button', { name: 'All years' }).click();
  await expect(page).toHaveURL(/#\/timeline$/);
  // Drag along the axis with a mouse: from the middle of one year to another.
  await page.locator('.tl-axis').scrollIntoViewIfNeeded();
  const box = (await page.locator('.tl-axis').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + 10, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}&to=\d{4}$/);
  const [, from, to] = /from=(\d{4})&to=(\d{4})/.exec(page.url())!;
  expect(Number(to)).toBeGreaterThan(Number(from));
  await expect(
    page.getByRole('heading', { level: 2, name: `Time axis, ${from}–${to}` }),
  ).toBeVisible();
});

test('a broken projects.json leaves events and agreements on the timeline', async ({ page }) => {
  await page.route('**/data/malaysia-china/projects.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{ "projects": [' }),
  );
  await openView(page, '/timeline');
  await expect(page.getByText(/Project milestones could not be loaded:/)).toContainText(
    'malaysia-china/projects.json › $: not valid JSON',
  );
  await expect(status(page)).toHaveText(
    /^Showing (\d+) of \1 items: \d+ events, \d+ agreements and 0 project milestones$/,
  );
  await expect(axis(page).locator('.tl-band--event')).toBeVisible();
  await expect(axis(page).locator('.tl-band--agreement')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a broken agreements.json leaves events and milestones on the timeline', async ({ page }) => {
  await page.route('**/data/malaysia-china/agreements.json', (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
  await openView(page, '/timeline');
  await expect(page.getByText(/Agreements could not be loaded:/)).toContainText('404');
  await expect(status(page)).toHaveText(/\d+ events, 0 agreements and \d+ project milestones$/);
});

test('an item link with quotes, brackets or line breaks shows the timeline, no page error', async ({
  page,
}) => {
  const watch = watchPage(page);
  // No such event: the timeline shows, without details.
  await openView(page, '/timeline?item=event:a%22%5D%0A%5B');
  await expect(axis(page)).toBeVisible();
  await expect(page.locator('.tl-detail')).toHaveCount(0);
  // A known event with spaces and a line break around its id opens; closing it goes back to its
  // mark (that lookup used to put the URL's text in a selector, and threw).
  await openView(page, '/timeline?from=2025&to=2025&item=%20event:xi-state-visit-2025%0A');
  const detail = page.locator('.tl-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText("Xi Jinping's state visit");
  await detail.getByRole('button', { name: /close/i }).click();
  await expect(detail).toHaveCount(0);
  expect(await focusedKey(page)).toBe('event:xi-state-visit-2025');
  watch.expectClean();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the timeline, ${scheme}`, async ({ page }) => {
    test.setTimeout(90_000); // two scans of a page with some 400 links
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of [
      '/timeline',
      '/timeline?from=2024&to=2024&item=event:xi-state-visit-2025',
    ]) {
      await openView(page, route);
      await axis(page).getByRole('link').first().focus();
      await expectAccessible(page, route);
    }
  });
}

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const size of SIZES) {
  test(`screenshots at ${size.name} width, nothing overflows the page`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, route] of [
        ['all', '/timeline'],
        ['zoomed', '/timeline?from=2024&to=2025&item=event:xi-state-visit-2025'],
      ]) {
        await openView(page, route!);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${route} overflows sideways`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `${process.env.TIMELINE_SHOTS ?? 'test-results/screenshots'}/timeline-${name}-${size.name}-${scheme}.png`,
          fullPage: true,
        });
      }
    }
  });
}
