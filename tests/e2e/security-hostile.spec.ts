import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

/**
 * The hostile fixture pack (valid, with script tags, event-handler markup, look-alike Unicode
 * and hostile-looking URLs in every field) served in place of the real data, through every
 * view. All of it must be shown as literal text: no dialog, no script element or on* attribute
 * added to the page, no console error, no navigation away, and no link but http(s) and mailto,
 * external ones opening in a new tab with rel="noopener noreferrer".
 */

const DIR = fileURLToPath(new URL('../fixtures/packs/hostile/', import.meta.url));
const HOSTILE_TITLE = readJson('pack.json').title as string;

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(DIR + file, 'utf8'));
}

const VIEWS: [route: string, heading: RegExp][] = [
  ['/overview', /^Overview$/],
  ['/projects', /^Projects$/],
  ['/projects/rail-link', /^Rail link <script>/],
  ['/projects/rail-link-north', /^Rail link, northern section <script>/],
  ['/agreements', /^Agreements$/],
  ['/agreements/framework-2016', /^Framework agreement <script>/],
  ['/timeline', /^Timeline$/],
  ['/timeline?item=event:official-visit-2016', /^Timeline$/],
  ['/sectors', /^Sectors$/],
  ['/sectors/transport', /^Transport <script>/],
  ['/trade', /^Trade$/],
  ['/map', /^Map$/],
  ['/present', /^Present$/],
  ['/present/briefing/1', /^Overview <script>/],
  ['/present/briefing/2', /^Transport projects <script>/],
  ['/present/briefing/3', /^The rail link <script>/],
  ['/embed/projects', /^Projects$/],
  ['/embed/projects/rail-link', /^Rail link <script>/],
];

/** Records, from before the app starts, every script element and on* attribute that appears. */
function recordInjections() {
  const found: string[] = [];
  (window as unknown as { __injections: string[] }).__injections = found;
  const check = (node: Node) => {
    if (!(node instanceof Element)) return;
    for (const el of [node, ...node.querySelectorAll('*')]) {
      const src = el.getAttribute('src') ?? '';
      if (el.tagName === 'SCRIPT' && !/\/assets\/[\w.-]+\.js$/.test(src))
        found.push(`script ${src || el.textContent?.slice(0, 60)}`);
      if (/^(IFRAME|OBJECT|EMBED|BASE|META)$/.test(el.tagName) && document.readyState !== 'loading')
        found.push(`${el.tagName.toLowerCase()} element`);
      if (el.tagName === 'IMG' && src === 'x') found.push('img src=x');
      for (const attr of el.getAttributeNames())
        if (attr.startsWith('on')) found.push(`${el.tagName.toLowerCase()} ${attr}`);
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach(check);
      if (record.type === 'attributes' && record.attributeName?.startsWith('on'))
        found.push(`${(record.target as Element).tagName} ${record.attributeName}`);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

async function serveHostilePack(page: Page) {
  await page.route('**/data/packs.json', (route) =>
    route.fulfill({ json: { packs: [{ id: 'hostile', title: HOSTILE_TITLE }] } }),
  );
  await page.route('**/data/hostile/*.json', (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({ contentType: 'application/json', body: readFileSync(DIR + file) });
  });
}

test('hostile content is shown as inert text in every view', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const app = new URL('index.html', baseURL).href;
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  const errors: string[] = [];
  const navigations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('popup', (popup) => navigations.push(`popup ${popup.url()}`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(app)) navigations.push(frame.url());
  });
  await page.addInitScript(recordInjections);
  await serveHostilePack(page);

  const externalLinks = new Set<string>();
  const injections: string[] = [];
  for (const [route, heading] of VIEWS) {
    await page.goto(`index.html#${route}`);
    await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 }).first(), route).toHaveText(heading);
    await expect(page.getByRole('alert'), route).toHaveCount(0);

    // The hostile strings are there, as literal text.
    const text = await page.locator('body').textContent();
    for (const literal of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>']) {
      expect(text, `${route} shows ${literal} as text`).toContain(literal);
    }
    expect(text, route).toContain('Маlауsіа \u202Etxt.exe\u202C a\u200Db\u200B');

    const found = await page.evaluate(
      () => (window as unknown as { __injections: string[] }).__injections,
    );
    injections.push(...found.map((what) => `${route}: ${what}`));

    // Links: only http(s), mailto and the app's own; external ones in a new tab, no referrer.
    const links = await page.locator('a[href]').evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: (a as HTMLAnchorElement).href,
        target: a.getAttribute('target'),
        rel: a.getAttribute('rel') ?? '',
      })),
    );
    for (const link of links) {
      const url = new URL(link.href);
      expect(['http:', 'https:', 'mailto:'], `${route}: ${link.href}`).toContain(url.protocol);
      if (link.href.startsWith(app) || url.protocol === 'mailto:') continue;
      externalLinks.add(link.href);
      expect(link.target, `${route}: ${link.href}`).toBe('_blank');
      expect(link.rel.split(/\s+/), `${route}: ${link.href}`).toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      );
    }
  }
  // The hostile-looking http(s) sources did become links (safely), not lost.
  expect([...externalLinks].some((href) => href.includes('example.org'))).toBe(true);
  expect(injections, 'script elements and on* attributes added to the page').toEqual([]);
  expect(dialogs, 'dialogs').toEqual([]);
  expect(errors, 'uncaught errors').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
  expect(navigations, 'navigations away').toEqual([]);
});
