import { expect, test } from '@playwright/test';
import { expectAccessible, openView, watchPage } from './support';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

test('the Embed dialog builds a snippet of the current view, previews it and copies it', async ({
  page,
  context,
}) => {
  const watch = watchPage(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openView(page, '/projects?sector=automotive');
  const opener = page.getByRole('button', { name: 'Embed this view' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: /Embed “Projects”/ });
  await expect(dialog).toBeVisible();
  expect(
    await dialog.evaluate((el) => (el as HTMLDialogElement).open && el.matches(':modal')),
  ).toBe(true);

  await dialog.getByRole('checkbox', { name: 'Title' }).check();
  await dialog.getByLabel('Theme').selectOption('dark');
  await dialog.getByLabel('Language').selectOption('ms');
  const snippet = dialog.getByLabel('Snippet');
  const text = await snippet.inputValue();
  const origin = new URL(page.url()).origin;
  expect(text).toContain(
    `src="${origin}/apps/jambatan/index.html#/embed/projects?sector=automotive&amp;hide=header&amp;theme=dark&amp;lang=ms"`,
  );
  expect(text).toContain('title="Projects — Jambatan"');
  expect(text).toContain('loading="lazy"');
  expect(text).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-downloads"');
  expect(text).toContain(`<script src="${origin}/apps/jambatan/embed.js" async></script>`);

  // Live previews at desktop and phone widths, with the same address as the snippet.
  const previews = dialog.locator('iframe');
  await expect(previews).toHaveCount(2);
  expect(await previews.nth(0).getAttribute('width')).toBe('1024');
  expect(await previews.nth(1).getAttribute('width')).toBe('390');
  const src = await previews.nth(1).getAttribute('src');
  expect(text).toContain(src!.replaceAll('&', '&amp;'));
  const phone = page.frameLocator('iframe[width="390"]');
  // The embed was given Malay: its page is in Malay.
  await expect(phone.getByRole('heading', { level: 1, name: 'Projek' })).toBeAttached();
  await expect(phone.locator('html')).toHaveAttribute('lang', 'ms');
  await expect(phone.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => previews.nth(1).getAttribute('height')).not.toBe('480');

  await dialog.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  watch.expectClean();
});

test('a pasted snippet works on a plain page from the app’s sub-folder', async ({ page }) => {
  await openView(page, '/trade');
  await page.getByRole('button', { name: 'Embed this view' }).click();
  const text = await page.getByRole('dialog').getByLabel('Snippet').inputValue();
  await page.goto('/host/blank.html');
  await page.evaluate((html) => {
    const box = document.createElement('div');
    box.innerHTML = html;
    const old = box.querySelector('script')!;
    const script = document.createElement('script');
    script.src = old.src;
    old.remove();
    document.body.append(box, script);
  }, text);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1, name: 'Trade' })).toBeVisible();
  await expect
    .poll(() => page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height))
    .not.toBe(600);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Embed dialog has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // A record page: axe also scans both preview frames, each a whole copy of the view.
    await openView(page, '/projects/ecrl');
    await page.getByRole('button', { name: 'Embed this view' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('iframe')).toHaveCount(2);
    await expect(page.frameLocator('iframe[width="390"]').locator('.embed h1')).toBeAttached();
    await expectAccessible(page);
  });
}

test('screenshots of the Embed dialog', async ({ page }) => {
  for (const size of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await openView(page, '/projects?sector=automotive');
    // On a phone the view tools fold behind Share.
    if (size.name === 'phone')
      await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('button', { name: 'Embed this view' }).click();
    await expect(page.frameLocator('iframe[width="390"]').locator('.embed h1')).toBeAttached();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/embed-dialog-${size.name}.png` });
    await page.keyboard.press('Escape');
  }
});
