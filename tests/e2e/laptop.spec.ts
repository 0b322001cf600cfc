import { expect, test } from '@playwright/test';
import { openView } from './support';

/**
 * A laptop (1366×768): the facets are a column of their own beside the results. Ticking a state
 * ~1,400 px down the facet list used to leave the results column blank white, the results being
 * far above; now the list scrolls inside its panel and the results stay in view.
 */
test.use({ viewport: { width: 1366, height: 768 } });

for (const [route, facet, noun] of [
  ['/projects', 'State or province', 'projects'],
  ['/agreements', 'Sector', 'agreements'],
] as const) {
  test(`${route}: a facet far down the panel is ticked with the count and results in view`, async ({
    page,
  }) => {
    await openView(page, route);
    const panel = page.locator('.filter-panel');
    const group = panel.getByRole('group', { name: facet });
    const count = page.getByRole('status').filter({ hasText: noun });
    // Scrolled with the wheel over the panel, as a reader does: the panel scrolls on its own.
    await panel.hover();
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
    await expect(group.getByRole('checkbox').last()).toBeInViewport();
    await expect(count).toBeInViewport();
    await group.getByRole('checkbox').last().check();
    await expect(count).toBeInViewport();
    // The results column shows results, not blank space.
    await expect(
      page.locator('.projects-results, .agreements-results').locator('a').first(),
    ).toBeInViewport();
  });
}

test('after scrolling far down the results, a filter change brings their top back into view', async ({
  page,
}) => {
  await openView(page, '/projects');
  await page.mouse.wheel(0, 4000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await page.locator('.filter-panel').getByRole('checkbox').first().check();
  await expect(page.getByRole('status').filter({ hasText: 'projects' })).toBeInViewport();
});
