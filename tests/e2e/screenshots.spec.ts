import { expect, test } from '@playwright/test';
import { ALL_VIEWS, openView } from './support';

/**
 * Screenshots of every view at desktop and phone widths, light and dark, for people to look at
 * (test-results/screenshots, or SCREENSHOT_DIR). Each also asserts that nothing overflows sideways.
 */

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const dir = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots at ${size.name} width, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      for (const view of ALL_VIEWS) {
        await openView(page, view);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${view} overflows sideways at ${size.width}px`).toBeLessThanOrEqual(0);
        const name = view.slice(1).replaceAll('/', '-');
        await page.screenshot({
          path: `${dir}/${name}-${size.name}-${scheme}.png`,
          fullPage: size.name === 'desktop',
        });
      }
    });
  }
}

// The same views in Malay and in Chinese: CJK text must render (Debian's Noto CJK font) and no
// longer word or label may push the page sideways.
for (const lang of ['ms', 'zh'] as const) {
  for (const size of SIZES) {
    test(`screenshots in ${lang} at ${size.name} width`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const view of ALL_VIEWS) {
        await openView(page, `${view}?lang=${lang}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${view} in ${lang} overflows at ${size.width}px`).toBeLessThanOrEqual(0);
        const name = view.slice(1).replaceAll('/', '-');
        await page.screenshot({
          path: `${dir}/${lang}/${name}-${size.name}.png`,
          fullPage: size.name === 'desktop',
        });
      }
    });
  }
}
