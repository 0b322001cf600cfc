import { expect, test } from '@playwright/test';
import { openView, watchPage } from './support';

/** A deliberately broken pack, served by intercepting the data requests of the built app. */

test('a truncated projects.json shows the error panel in data:check words, and other views keep working', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.route('**/data/malaysia-china/projects.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{ "projects": [ { "id": "ecrl", ',
    }),
  );
  await openView(page, '/projects');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The data file malaysia-china/projects.json has problems');
  await expect(alert).toContainText(/malaysia-china\/projects\.json › \$: not valid JSON/);
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  // The header and navigation are still there, and a view that does not need projects.json works.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Timeline' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  expect(watch.errors).toEqual([]);
});

test('a record with a bad date and a javascript: URL is reported by JSON path', async ({
  page,
}) => {
  await page.route('**/data/malaysia-china/agreements.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.agreements[0].date = '2023-02-30';
    data.agreements[1].sources[0].url = 'javascript:alert(1)';
    await route.fulfill({ response, json: data });
  });
  await openView(page, '/agreements');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'malaysia-china/agreements.json › $.agreements[0].date: "2023-02-30" is not a real calendar date',
  );
  await expect(alert).toContainText(
    'malaysia-china/agreements.json › $.agreements[1].sources[0].url',
  );
});

test('a missing file (404) says which file and offers retry, which recovers once the file is back', async ({
  page,
}) => {
  let broken = true;
  await page.route('**/data/malaysia-china/events.json', (route) =>
    broken ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback(),
  );
  await openView(page, '/timeline');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The data file malaysia-china/events.json could not be loaded');
  await expect(alert).toContainText('404');
  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a broken manifest never blanks the page', async ({ page }) => {
  await page.route('**/data/packs.json', (route) => route.fulfill({ status: 200, body: '[]' }));
  await openView(page, '/overview');
  await expect(page.getByRole('alert')).toContainText('packs.json');
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
});

test('the header says the pack is not loaded, instead of loading for ever, when pack.json fails', async ({
  page,
}) => {
  await page.route('**/data/malaysia-china/pack.json', (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
  await openView(page, '/timeline');
  await expect(page.getByRole('banner')).toContainText('Pack not loaded');
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
});
