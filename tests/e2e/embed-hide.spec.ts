import { expect, test } from '@playwright/test';
import { watchPage } from './support';

/** `hide=` in an embed leaves out what the host page does not want, and nothing else. */
for (const view of ['projects', 'agreements', 'timeline']) {
  test(`hide=controls removes the filters of ${view} but keeps its results`, async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(`index.html#/embed/${view}?hide=controls`);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: / of \d+ / })
        .first(),
    ).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await page.goto(`index.html#/embed/${view}`);
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    watch.expectClean();
  });
}

test('hide=header keeps the title for screen readers only, hide=footer drops the footer', async ({
  page,
}) => {
  await page.goto('index.html#/embed/projects?hide=header,footer');
  const title = page.getByRole('heading', { level: 1, name: 'Projects' });
  await expect(title).toBeAttached();
  await expect(title).not.toBeInViewport();
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open full view/ })).toHaveCount(0);
});
