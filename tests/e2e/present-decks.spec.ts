import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, openView, watchPage } from './support';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

async function addView(page: Page, route: string, title: string, slide: number) {
  await openView(page, route);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByRole('button', { name: 'Add this view to my deck' }).click();
  await expect(page.locator('.add-to-deck__status')).toContainText(
    `Added “${title}” to My deck as slide ${slide}.`,
  );
}

const slideTitles = (page: Page) =>
  page
    .locator('.slide-editor input[type="text"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

test('views added to my deck appear in the editor and are reordered and removed by keyboard', async ({
  page,
}) => {
  const watch = watchPage(page);
  await addView(page, '/projects?sector=automotive&theme=dark', 'Projects', 1);
  await addView(page, '/timeline?from=2023', 'Timeline', 2);
  await addView(page, '/trade', 'Trade', 3);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('jambatan:decks:v1')!));
  expect(stored[0].slides[0]).toEqual({
    view: '/projects',
    title: 'Projects',
    query: 'sector=automotive',
  });

  await page.getByRole('link', { name: 'Edit my decks' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Present');
  await expect(page.getByRole('heading', { level: 3, name: 'My deck' })).toBeVisible();
  await expect.poll(() => slideTitles(page)).toEqual(['Projects', 'Timeline', 'Trade']);
  await expect(page.locator('.slide-editor__view').first()).toContainText('Sector: Automotive');

  // Keyboard only: focus follows the moved slide, so Enter can be pressed again.
  await page.getByRole('button', { name: 'Move down: Projects' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => slideTitles(page)).toEqual(['Timeline', 'Projects', 'Trade']);
  await expect(page.getByRole('button', { name: 'Move down: Projects' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => slideTitles(page)).toEqual(['Timeline', 'Trade', 'Projects']);
  await expect(page.getByRole('status').filter({ hasText: 'Moved “Projects”' })).toHaveText(
    'Moved “Projects” to slide 3 of 3.',
  );
  await page.keyboard.press('Shift+Tab'); // Move up: Projects
  await page.keyboard.press('Space');
  await expect.poll(() => slideTitles(page)).toEqual(['Timeline', 'Projects', 'Trade']);

  await page.getByRole('button', { name: 'Remove: Timeline' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => slideTitles(page)).toEqual(['Projects', 'Trade']);

  // Retitle, annotate; the store keeps it.
  await page.getByLabel('Title of slide 1').fill('Carmakers');
  await page.getByLabel('Speaker notes for slide 1').fill('Geely, Chery, BYD.');
  await page.getByLabel('Deck title').fill('Brief — 简报');
  await page.reload();
  await expect.poll(() => slideTitles(page)).toEqual(['Carmakers', 'Trade']);
  await expect(page.getByLabel('Speaker notes for slide 1')).toHaveValue('Geely, Chery, BYD.');

  // Present it: the slide keeps its query, and the notes reach the speaker window.
  await page.getByRole('link', { name: 'Present Brief — 简报' }).click();
  await expect(page.locator('.presenter__counter')).toHaveText('Slide 1 of 2');
  await expect(page.locator('.presenter__title')).toHaveText('Carmakers');
  await expect(page).toHaveURL(/#\/present\/mine:my-deck\/1\/projects\?sector=automotive$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.presenter__title')).toHaveText('Trade');
  watch.expectClean();
});

test('a shared deck link opens the same slides in a fresh browser', async ({ page, browser }) => {
  await addView(page, '/projects?sector=automotive', 'Projects', 1);
  await addView(page, '/agreements?from=2024', 'Agreements', 2);
  await openView(page, '/present');
  await page.getByLabel('Deck title').fill('Unicode ✓ — 马来西亚 Malaysia');
  await page.getByRole('link', { name: /^Share link/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Shared deck: Unicode ✓ — 马来西亚 Malaysia',
  );
  const link = page.url();
  expect(link).toMatch(/#\/shared-deck\/[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  try {
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(
      'Shared deck: Unicode ✓ — 马来西亚 Malaysia',
    );
    await expect(other.locator('.deck__list li')).toHaveText(['Projects', 'Agreements']);
    expect(await other.evaluate(() => localStorage.getItem('jambatan:decks:v1'))).toBeNull();
    // Presenting works without saving.
    await other.getByRole('button', { name: 'Present' }).click();
    await expect(other.locator('.presenter__counter')).toHaveText('Slide 1 of 2');
    await expect(other.locator('.presenter__deck')).toHaveText('Unicode ✓ — 马来西亚 Malaysia');
    await expect(other.locator('.presenter__filters')).toContainText('Sector: Automotive');
    await other.keyboard.press('ArrowRight');
    await expect(other.locator('.presenter__title')).toHaveText('Agreements');
    await expect(other.locator('.presenter__filters')).toContainText('Dated 2024 or later');
    await other.reload();
    await expect(other.locator('.presenter__title')).toHaveText('Agreements');
    // And saving puts it among the reader's decks.
    await other.goto(link);
    await other.getByRole('button', { name: 'Save to my decks' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
      'Saved “Unicode ✓ — 马来西亚 Malaysia” to your decks.',
    );
    await other.getByRole('link', { name: 'Edit my decks' }).click();
    await expect(
      other.getByRole('heading', { level: 3, name: 'Unicode ✓ — 马来西亚 Malaysia' }),
    ).toBeVisible();
  } finally {
    await fresh.close();
  }
});

test('decks export as JSON and import back; bad files and corrupt storage are reported', async ({
  page,
  browser,
}) => {
  await addView(page, '/sectors', 'Sectors', 1);
  await openView(page, '/present');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as JSON: My deck' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('my-deck.jambatan-deck.json');
  const file = await download.path();
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json).toMatchObject({ id: 'my-deck', title: 'My deck', slides: [{ view: '/sectors' }] });

  // Importing into the same browser keeps both, under a new id.
  await page.getByLabel(/Deck file/).setInputFiles(file);
  await expect(page.locator('.deck-import__ok')).toContainText('saved as “my-deck-2”');
  await expect(page.locator('.deck--mine')).toHaveCount(2);

  await page.getByLabel(/Deck file/).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"id": "Bad Id", "title": "x", "slides": []}'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be imported');
  await expect(alert).toContainText('"Bad Id" is not a valid id');
  await expect(alert).toContainText('too short');
  await page.getByLabel(/Deck file/).setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not json'),
  });
  await expect(page.getByRole('alert')).toContainText('notes.txt is not JSON');

  // Delete, with a confirmation.
  await page.getByRole('button', { name: 'Delete deck' }).first().click();
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.getByRole('button', { name: 'Delete “My deck”' }).click();
  await expect(page.locator('.deck--mine')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText(
    'Deleted “My deck”.',
  );

  // A corrupt store is reported, the rest keeps working.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  try {
    await other.goto('index.html#/overview');
    await other.evaluate(() =>
      localStorage.setItem(
        'jambatan:decks:v1',
        JSON.stringify([{ id: 'ok', title: 'Fine', slides: [{ view: '/trade', title: 'T' }] }, 42]),
      ),
    );
    await openView(other, '/present');
    await expect(other.getByRole('alert')).toContainText('saved deck 2');
    await expect(other.getByRole('heading', { level: 3, name: 'Fine' })).toBeVisible();
    await other.evaluate(() => localStorage.setItem('jambatan:decks:v1', '{not json'));
    await other.reload();
    await expect(other.getByRole('alert')).toContainText('could not be read');
    await expect(
      other.getByRole('heading', { level: 3, name: 'Malaysia–China briefing' }),
    ).toBeVisible();
  } finally {
    await fresh.close();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the deck editor has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await addView(page, '/projects?sector=automotive', 'Projects', 1);
    await addView(page, '/overview', 'Overview', 2);
    await openView(page, '/present');
    await page.getByRole('button', { name: 'Delete deck' }).click();
    await expectAccessible(page);
    await page.screenshot({
      path: `${SHOTS}/present-editor-desktop-${scheme}.png`,
      fullPage: true,
    });
    await page.getByLabel('Title of slide 1').fill('');
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/present-editor-phone-${scheme}.png`, fullPage: true });
  });
}
