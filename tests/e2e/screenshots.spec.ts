import { expect, test } from '@playwright/test';
import { openView } from './support';

/**
 * Screenshots of every view at desktop and phone widths, light and dark, for people to look at
 * (test-results/screenshots, or SCREENSHOT_DIR). Each also asserts that nothing overflows sideways.
 */
const VIEWS = [
  '/overview',
  '/projects',
  '/projects/ecrl',
  '/agreements',
  '/timeline',
  '/sectors',
  '/sectors/automotive',
  '/trade',
  '/map',
  '/present',
];
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
      for (const view of VIEWS) {
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
