import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hashOf as hash, openView, watchPage } from './support';

/**
 * One behaviour in every list: a valid id that nothing has (aerospace, a sector of the pack with
 * no project) is kept as chosen, shows nothing and offers a one-click way out; an unknown id is
 * dropped. The lists share one kit, so each is checked here the same way.
 */

const status = (page: Page, noun: RegExp) => page.getByRole('status').filter({ hasText: noun });

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('Projects: sector=aerospace shows 0 of 25, ticked with 0, and Clear filters shows all', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openView(page, '/projects?sector=aerospace');
  await expect(status(page, /projects$/)).toHaveText('0 of 25 projects');
  await expect(page.getByRole('checkbox', { name: /^Aerospace.* \(0\)$/ })).toBeChecked();
  await expect(page.getByText('Sector: Aerospace', { exact: false })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status(page, /projects$/)).toHaveText('25 of 25 projects');
  expect(hash(page)).toBe('#/projects');
  watch.expectClean();
});

test('Projects: an unknown sector is dropped', async ({ page }) => {
  await openView(page, '/projects?sector=atlantis');
  await expect(status(page, /projects$/)).toHaveText('25 of 25 projects');
});

test('Agreements: a sector no agreement has shows 0 of 57 and clears in one click', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openView(page, '/agreements?sector=aerospace');
  await expect(status(page, /agreements$/)).toHaveText('0 of 57 agreements');
  await expect(page.getByRole('checkbox', { name: /^Aerospace.* \(0\)$/ })).toBeChecked();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(status(page, /agreements$/)).toHaveText('57 of 57 agreements');
  expect(hash(page)).toBe('#/agreements');
  watch.expectClean();
});

test('Map: sector=aerospace puts no project on the map and clears in one click', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openView(page, '/map?sector=aerospace');
  await expect(status(page, /on the map/)).toHaveText(/^0 of 25 projects on the map/);
  await expect(page.getByText('Sector: 1 chosen')).toBeVisible();
  await page.getByText('Sector: 1 chosen').click();
  await expect(page.getByRole('checkbox', { name: /^Aerospace.* \(0\)$/ })).toBeChecked();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status(page, /on the map/)).toHaveText(/^17 of 25 projects on the map/);
  expect(hash(page)).toBe('#/map');
  watch.expectClean();
});

test('Timeline: an unknown kind is dropped, a known sector with nothing in it is kept', async ({
  page,
}) => {
  await openView(page, '/timeline?kind=dragon&sector=no-such-sector');
  await expect(status(page, /^Showing/)).toHaveText(/^Showing (\d+) of \1 items/);
  await openView(page, '/timeline?sector=aerospace&kind=milestone');
  await expect(status(page, /^Showing/)).toHaveText(/^Showing 0 of \d+ items/);
  await page.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(status(page, /^Showing/)).toHaveText(/^Showing (\d+) of \1 items/);
  expect(hash(page)).toBe('#/timeline');
});
