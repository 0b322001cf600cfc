import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support';

/**
 * Every slide of the shipped deck fits the screen it is shown on: at 1280×720 they used to run
 * 2,157 to 8,111 px tall, so the room saw four count cards, or a filter box, and no chart. No
 * slide scrolls (the page or any box in it), its title is in view, and at 1280×720 no text on
 * it is smaller than 18 px, chart and map labels included.
 */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];
const SLIDES = 10;

/** Boxes on the stage that scroll, and text under `least` px, as the room would see them. */
async function measure(page: Page, least: number) {
  return page.evaluate((least) => {
    const stage = document.querySelector('.presenter')!;
    const scrolling: string[] = [];
    if (document.documentElement.scrollHeight > window.innerHeight + 1) scrolling.push('the page');
    for (const element of stage.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      const scrolls =
        /(auto|scroll)/.test(style.overflowY) || /(auto|scroll)/.test(style.overflowX);
      const over =
        element.scrollHeight > element.clientHeight + 1 ||
        element.scrollWidth > element.clientWidth + 1;
      if (scrolls && over) scrolling.push(element.className || element.tagName);
    }
    const small = new Set<string>();
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent?.trim();
      const parent = walker.currentNode.parentElement;
      if (!text || !parent || !parent.checkVisibility({ visibilityProperty: true })) continue;
      const box = parent.getBoundingClientRect();
      // Visually hidden text (for screen readers) is 1 px wide; it is not on the screen.
      if (box.width <= 1 || box.height <= 1) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < least) small.add(`${text.slice(0, 40)} (${size}px)`);
    }
    const title = document.querySelector('.presenter__title')!.getBoundingClientRect();
    return {
      scrolling,
      small: [...small],
      titleInView: title.top >= 0 && title.bottom <= window.innerHeight,
    };
  }, least);
}

for (const size of SIZES) {
  test(`every slide fits ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(90_000);
    const watch = watchPage(page);
    await page.setViewportSize(size);
    await page.goto('index.html#/present/briefing/1');
    for (let n = 1; n <= SLIDES; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expect(page.locator('.presenter__counter')).toHaveText(`Slide ${n} of ${SLIDES}`);
      await expect(page.locator('.slide-frame')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
      const found = await measure(page, size.width === 1280 ? 18 : 0);
      expect(found.scrolling, `slide ${n}: boxes that scroll`).toEqual([]);
      expect(found.small, `slide ${n}: text under 18 px`).toEqual([]);
      expect(found.titleInView, `slide ${n}: title in view`).toBe(true);
    }
    watch.expectClean();
  });
}

test('the sources of a slide are one key away, and Esc puts them away', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('index.html#/present/briefing/4');
  await expect(page.locator('.slide-frame')).toBeVisible();
  await page.keyboard.press('i');
  const sources = page.getByRole('dialog', { name: 'Sources' });
  await expect(sources.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sources).toBeHidden();
  // Esc closed the sources, not the deck.
  await expect(page).toHaveURL(/#\/present\/briefing\/4\//);
  await page.getByRole('button', { name: /^Sources/ }).click();
  await expect(sources).toBeVisible();
});
