import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, watchPage } from './support';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

async function openSlide(page: Page, route: string) {
  await page.goto(`index.html#${route}`);
  await expect(page.locator('.presenter__counter')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
}

const counter = (page: Page) => page.locator('.presenter__counter');

test('the briefing deck is walked through by keyboard alone, full screen included', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openSlide(page, '/present/briefing/1');
  await expect(page).toHaveURL(/#\/present\/briefing\/1\/overview$/);
  await expect(counter(page)).toHaveText('Slide 1 of 10');
  await expect(page.locator('.presenter__title')).toHaveText('Malaysia and China at a glance');
  await expect(page.locator('.presenter')).toHaveAttribute('data-theme', 'projector');

  const steps: [string, number][] = [
    ['ArrowRight', 2],
    ['Space', 3],
    ['PageDown', 4],
    ['ArrowLeft', 3],
    ['PageUp', 2],
    ['End', 10],
    ['Home', 1],
    ['ArrowLeft', 1],
  ];
  for (const [key, n] of steps) {
    await page.keyboard.press(key);
    await expect(counter(page), `after ${key}`).toHaveText(`Slide ${n} of 10`);
    await expect(page.locator('progress')).toHaveAttribute('value', String(n));
  }

  // Slide 6: the projects of one sector, with its filters written out.
  for (let i = 1; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('Slide 6 of 10');
  await expect(page).toHaveURL(/#\/present\/briefing\/6\/projects\?sector=automotive$/);
  await expect(page.locator('.presenter__filters')).toContainText('Sector: Automotive');

  // The slide is live: a filter changed on it stays in presenter mode and is written out.
  await page.evaluate(() =>
    location.replace('#/present/briefing/6/projects?sector=automotive&status=operational'),
  );
  await expect(page.locator('.presenter__filters')).toContainText('Status: Operational');
  await expect(counter(page)).toHaveText('Slide 6 of 10');

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  // Esc leaves full screen first, and only then the deck.
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await expect(counter(page)).toHaveText('Slide 6 of 10');

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/projects\?sector=automotive&status=operational$/);
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
  await page.goBack();
  await expect(counter(page)).toHaveText('Slide 6 of 10');
  watch.expectClean();
});

test('a chart toggled on a slide keeps the presenter prefix', async ({ page }) => {
  await openSlide(page, '/present/briefing/2');
  const toggle = page.getByRole('button', { name: /^Show table/ }).first();
  await toggle.click();
  await expect(page).toHaveURL(/#\/present\/briefing\/2\/trade\?table=/);
  await expect(page.locator('.presenter__filters')).toContainText('Charts shown as tables');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('Slide 3 of 10');
});

test('the speaker window opens with S and follows the audience window both ways', async ({
  page,
  context,
}) => {
  await openSlide(page, '/present/briefing/3');
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker).toHaveURL(/#\/speaker\/briefing\/3\?presentation=[a-z0-9]+$/);
  await expect(speaker.locator('.speaker__count')).toHaveText('Slide 3 of 10');
  await expect(speaker.locator('.speaker__current')).toHaveText('Sectors of cooperation');
  await expect(speaker.locator('.speaker__notes')).toContainText('high-value exports');
  await expect(speaker.locator('.speaker__next')).toHaveText('The East Coast Rail Link');
  await expect(speaker.getByRole('timer')).toHaveText(/^\d+:\d\d$/);

  // Audience → speaker.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('Slide 4 of 10');
  await expect(speaker.locator('.speaker__count')).toHaveText('Slide 4 of 10');
  // Speaker → audience, by button and by key.
  await speaker.getByRole('button', { name: /^Next/ }).click();
  await expect(counter(page)).toHaveText('Slide 5 of 10');
  await speaker.keyboard.press('End');
  await expect(counter(page)).toHaveText('Slide 10 of 10');
  await expect(speaker.locator('.speaker__next')).toHaveText('End of the deck');
  await page.keyboard.press('Home');
  await expect(speaker.locator('.speaker__count')).toHaveText('Slide 1 of 10');
  // No echo: both settle on slide 1.
  await page.waitForTimeout(300);
  await expect(counter(page)).toHaveText('Slide 1 of 10');

  await speaker.getByRole('button', { name: 'Reset timer' }).click();
  await expect(speaker.getByRole('timer')).toHaveText(/^0:0\d$/);

  // The speaker window's address, opened in another tab, follows the same presentation.
  const second = await context.newPage();
  await second.goto(speaker.url());
  await expect(second.locator('.speaker__count')).toHaveText('Slide 1 of 10');
  await page.keyboard.press('ArrowRight');
  await expect(second.locator('.speaker__count')).toHaveText('Slide 2 of 10');
  await expect(speaker.locator('.speaker__count')).toHaveText('Slide 2 of 10');
});

test('the speaker window lists the sources of the slide shown, and only checked ones', async ({
  page,
  context,
}) => {
  await openSlide(page, '/present/briefing/3');
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker.locator('.speaker__count')).toHaveText('Slide 3 of 10');
  const sources = speaker.getByRole('region', { name: 'Sources' });
  const links = sources.locator('a.sources__url');

  // Every slide of the deck has a layout that reports its sources: the Sectors slide lists its own.
  await expect(sources.getByRole('heading', { level: 2 })).toContainText(/Sources \(\d+\)/);
  await expect(links.first()).toHaveAttribute('href', /^https:\/\//);

  await page.keyboard.press('ArrowRight');
  await expect(speaker.locator('.speaker__count')).toHaveText('Slide 4 of 10');
  await expect(links.filter({ hasText: 'ecrl-hits-81-progress' })).toHaveAttribute(
    'href',
    /^https:\/\/thesun\.my\//,
  );
  await expect(sources.getByRole('heading', { level: 2 })).toContainText(/Sources \(\d+\)/);

  // → moves both windows, and the list with them: the next slide's, none of this one's.
  await page.keyboard.press('ArrowRight');
  await expect(speaker.locator('.speaker__count')).toHaveText('Slide 5 of 10');
  await expect(links.filter({ hasText: 'automotive-high-tech-valley' }).first()).toBeVisible();
  await expect(links.filter({ hasText: 'ecrl-hits-81-progress' })).toHaveCount(0);

  // Anything on this origin can post on the channel: a message that breaks a rule is dropped
  // whole, and a publisher's markup is shown as text.
  const presentation = new URL(speaker.url().replace('#', '')).searchParams.get('presentation');
  const post = (message: unknown) =>
    page.evaluate(
      ([id, data]) => {
        const bc = new BroadcastChannel(`jambatan-presenter:${location.pathname}:${id}`);
        bc.postMessage(data);
        bc.close();
      },
      [presentation, message] as const,
    );
  const forged = (url: string, publisher: string) => ({
    type: 'jambatan:sources',
    deck: 'briefing',
    slide: 5,
    sources: [{ url, publisher, side: 'my' }],
    total: 1,
  });
  await post(forged('javascript:alert(1)//.x', 'Hostile'));
  await post(forged('https://example.com/x', '<img src=x onerror=alert(1)>'));
  await expect(sources.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  await expect(speaker.getByText('Hostile')).toHaveCount(0);
  await expect(sources.locator('img')).toHaveCount(0);
  await expect(links).toHaveCount(1);
});

test('two presentations in one browser never drive each other', async ({ page, context }) => {
  await openSlide(page, '/present/briefing/1');
  const other = await context.newPage();
  await openSlide(other, '/present/briefing/1');
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker.locator('.speaker__count')).toHaveText('Slide 1 of 10');
  // A speaker page opened on its own belongs to no presentation.
  const alone = await context.newPage();
  await alone.goto('index.html#/speaker/briefing/1');
  await expect(alone.locator('.speaker__count')).toHaveText('Slide 1 of 10');

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('Slide 2 of 10');
  await expect(speaker.locator('.speaker__count')).toHaveText('Slide 2 of 10');
  await other.keyboard.press('End');
  await expect(counter(other)).toHaveText('Slide 10 of 10');
  await page.waitForTimeout(500);
  await expect(counter(page)).toHaveText('Slide 2 of 10');
  await expect(speaker.locator('.speaker__count')).toHaveText('Slide 2 of 10');
  await expect(counter(other)).toHaveText('Slide 10 of 10');
  await expect(alone.locator('.speaker__count')).toHaveText('Slide 1 of 10');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`presenter mode and the speaker window have no axe violations (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of ['/present/briefing/1', '/present/briefing/2', '/present/briefing/6']) {
      await openSlide(page, route);
      await expectAccessible(page, route);
    }
    await page.goto('index.html#/speaker/briefing/4');
    await expect(page.locator('.speaker__count')).toBeVisible();
    await expectAccessible(page, 'speaker');
  });
}

test('an unknown deck or slide says so with a way back', async ({ page }) => {
  await page.goto('index.html#/present/atlantis/1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  await page.goto('index.html#/present/briefing/99');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  await page.getByRole('link', { name: 'All decks' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Present');
});

test('screenshots of presenter mode at projector and phone sizes', async ({ page }) => {
  for (const size of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    for (const n of [1, 2, 6, 4]) {
      await openSlide(page, `/present/briefing/${n}`);
      await page.waitForTimeout(400);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `slide ${n} at ${size.width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/present-slide-${n}-${size.name}.png` });
    }
    await page.goto('index.html#/speaker/briefing/4');
    await expect(page.locator('.speaker__count')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/speaker-${size.name}.png` });
  }
});
