import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, hashOf as hash, openView, tabTo, watchPage } from './support';

/** The map in the built app: filters ⇄ markers, keyboard, zoom and pan, offline, axe, screenshots. */

const count = (page: Page) => page.getByRole('status').filter({ hasText: /projects on the map/ });
const markers = (page: Page) => page.locator('.map-marker');
const mainMap = (page: Page) => page.getByRole('region', { name: /^Map of Malaysia/ });
const land = (page: Page) => mainMap(page).locator('g.map-land');
const AUTOMOTIVE = [
  'ahtv',
  'proton-ev-plant',
  'eve-energy-kedah',
  'chery-assembly',
  'byd-tanjung-malim',
];

async function openMap(page: Page, route: string) {
  await openView(page, route);
  await expect(markers(page).first()).toBeVisible();
}

/** The project ids behind the markers on screen. */
const markerProjects = (page: Page) =>
  markers(page).evaluateAll((els) =>
    [...new Set(els.flatMap((el) => (el.getAttribute('data-projects') ?? '').split(' ')))].sort(),
  );

test('a filtered deep link shows only those markers, and a reload keeps them', async ({ page }) => {
  const watch = watchPage(page);
  await openMap(page, '/map?sector=automotive');
  await expect(count(page)).toHaveText('5 of 25 projects on the map (1 without a position)');
  expect(await markerProjects(page)).toEqual([...AUTOMOTIVE].sort());
  await page.getByText('Sector: 1 chosen').click();
  await expect(page.getByRole('checkbox', { name: /^Automotive/ })).toBeChecked();
  await page.reload();
  await expect(markers(page).first()).toBeVisible();
  await expect(count(page)).toHaveText('5 of 25 projects on the map (1 without a position)');
  expect(await markerProjects(page)).toEqual([...AUTOMOTIVE].sort());
  expect(hash(page)).toBe('#/map?sector=automotive');
  watch.expectClean();
});

test('filters work by keyboard and replace the history entry; the list follows', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openMap(page, '/map');
  await expect(count(page)).toHaveText('17 of 25 projects on the map (8 without a position)');
  const length = await page.evaluate(() => history.length);
  await tabTo(page, /^Status/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Cancelled/);
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText('1 of 25 projects on the map (1 without a position)');
  expect(hash(page)).toBe('#/map?status=cancelled');
  expect(await markerProjects(page)).toEqual(['bandar-malaysia']);
  await expect(page.getByRole('table').getByRole('link')).toHaveText(['Bandar Malaysia']);
  await page.keyboard.press('Escape');
  await tabTo(page, /^Clear filters$/);
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('17 of 25 projects on the map (8 without a position)');
  expect(hash(page)).toBe('#/map');
  expect(await page.evaluate(() => history.length)).toBe(length);
  watch.expectClean();
});

test('a marker is selected by keyboard; its card links to the project page and back', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openMap(page, '/map?sector=transport-infrastructure');
  await tabTo(page, /^East Coast Rail Link \(ECRL\) — Kota Bharu/);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'East Coast Rail Link (ECRL)' }),
  ).toBeFocused();
  expect(hash(page)).toBe('#/map?sector=transport-infrastructure&project=ecrl');
  await expect(page.locator('.map-route--selected')).toHaveCount(1);
  await tabTo(page, /^Open the project page/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('East Coast Rail Link (ECRL)');
  expect(hash(page)).toBe('#/projects/ecrl?sector=transport-infrastructure');
  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 2, name: 'East Coast Rail Link (ECRL)' }),
  ).toBeVisible();
  expect(hash(page)).toBe('#/map?sector=transport-infrastructure&project=ecrl');
  watch.expectClean();
});

test('zoom buttons, keys, wheel and drag change the view; reset restores it', async ({ page }) => {
  const watch = watchPage(page);
  await openMap(page, '/map');
  const svg = mainMap(page).locator('svg');
  await expect(svg).toHaveAttribute('data-zoom', '1.00');
  const first = await land(page).getAttribute('transform');

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(svg).toHaveAttribute('data-zoom', '1.50');
  await mainMap(page).focus();
  const zoomed = await land(page).getAttribute('transform');
  await page.keyboard.press('ArrowLeft');
  await expect(land(page)).not.toHaveAttribute('transform', zoomed!);
  await page.keyboard.press('+');
  await expect(svg).toHaveAttribute('data-zoom', '2.25');
  await page.keyboard.press('-');
  await expect(svg).toHaveAttribute('data-zoom', '1.50');

  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(land(page)).toHaveAttribute('transform', first!);

  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => Number(await svg.getAttribute('data-zoom'))).toBeGreaterThan(1.5);
  const beforeDrag = await land(page).getAttribute('transform');
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6, { steps: 5 });
  await page.mouse.up();
  await expect(land(page)).not.toHaveAttribute('transform', beforeDrag!);
  // The drag did not select anything on its way.
  expect(hash(page)).toBe('#/map');
  watch.expectClean();
});

test('two fingers pinch to zoom, one drags to pan (touch pointer events)', async ({ page }) => {
  await openMap(page, '/map');
  const svg = mainMap(page).locator('svg');
  const touch = (moves: [number, number][][]) =>
    svg.evaluate((el, moves) => {
      const r = el.getBoundingClientRect();
      const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
      const send = (type: string, id: number, [dx, dy]: [number, number]) =>
        el.dispatchEvent(
          new PointerEvent(type, {
            pointerId: id,
            pointerType: 'touch',
            isPrimary: id === 1,
            clientX: cx + dx,
            clientY: cy + dy,
            bubbles: true,
          }),
        );
      moves[0]!.forEach((at, finger) => send('pointerdown', finger + 1, at));
      for (const step of moves.slice(1))
        step.forEach((at, finger) => send('pointermove', finger + 1, at));
      moves.at(-1)!.forEach((at, finger) => send('pointerup', finger + 1, at));
    }, moves);
  await touch([
    [
      [-20, 0],
      [20, 0],
    ],
    [
      [-40, 0],
      [40, 0],
    ],
    [
      [-60, 0],
      [60, 0],
    ],
  ]);
  await expect.poll(async () => Number(await svg.getAttribute('data-zoom'))).toBeCloseTo(3, 1);
  const before = await land(page).getAttribute('transform');
  await touch([[[0, 0]], [[10, 10]], [[40, 30]]]);
  await expect(land(page)).not.toHaveAttribute('transform', before!);
  expect(hash(page)).toBe('#/map');
});

test('a cluster zooms in on Enter and its markers separate', async ({ page }) => {
  await openMap(page, '/map?state=selangor,kuala-lumpur');
  const cluster = page.locator('.map-marker--cluster').first();
  const label = await cluster.getAttribute('aria-label');
  expect(label).toMatch(/^\d+ projects near /);
  const before = await markers(page).count();
  await cluster.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => markers(page).count()).toBeGreaterThan(before);
  await expect(page.locator('.map-marker:focus')).toHaveCount(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openMap(page, '/map?project=ecrl');
    await page.locator('summary', { hasText: 'Sector' }).click();
    await expectAccessible(page);
  });
}

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshot ${name} ${scheme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await openMap(page, '/map?project=ecrl');
      await page.screenshot({ path: `/tmp/shots-map/map-${name}-${scheme}.png`, fullPage: true });
      await page
        .locator('.map-layout')
        .screenshot({ path: `/tmp/shots-map/map-${name}-${scheme}-frames.png` });
    });
  }
}
