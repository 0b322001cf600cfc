import { expect, test } from '@playwright/test';
import fc from 'fast-check';

/**
 * Nonsense URLs: hundreds of random and malformed hash routes (a fixed seed, so every run opens
 * the same ones) on one page. Every one must end in a page with an h1 or an alert with text (a
 * view, a not-found or a clear message), never a blank page, an uncaught error or a view that
 * crashed into its error panel.
 */

const SEED = 20261128;
const RANDOM_URLS = 160;

const VALID_PATHS = [
  '/',
  '',
  '/overview',
  '/projects',
  '/projects/ecrl',
  '/agreements',
  '/agreements/diplomatic-relations-communique-1974',
  '/timeline',
  '/sectors',
  '/sectors/automotive',
  '/trade',
  '/map',
  '/present',
  '/present/briefing/1',
  '/present/briefing/10',
  '/embed/overview',
  '/embed/projects',
  '/embed/projects/ecrl',
  '/embed/timeline',
  '/embed/trade',
  '/embed/map',
];
const RECORD_PATHS = ['/projects/', '/agreements/', '/sectors/', '/embed/projects/', '/'];
const PARAMS = [
  'sector',
  'status',
  'country',
  'party',
  'project',
  'state',
  'type',
  'kind',
  'q',
  'from',
  'to',
  'sort',
  'item',
  'table',
  'pack',
  'lang',
  'theme',
  'hide',
  'view',
];

const JUNK = [
  '%E0%A4%A',
  '%%',
  '%zz',
  '%',
  '%00',
  '%C0%AF',
  '%ED%A0%80',
  '%F0%9F%98',
  '%2F..%2F..%2Fetc%2Fpasswd',
  '\u202Eevil',
  'a\u200Db',
  '\u0000\u0001\u001F\u007F',
  'tab\there\nnewline',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../',
  '..',
  '.',
  '~',
  '+',
  '&&==',
  '?x=1',
  '#frag',
  '１２３',
  'ｅｃｒｌ',
  'ecrl\u00AD',
  'ЕCRL',
  '-1',
  '0',
  '99999999999999999999',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '😀😀😀',
  ' , ,, ',
  'x'.repeat(2_000),
];
const junk = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,40}$/) },
);
const value = fc.oneof(
  junk,
  fc.constantFrom('automotive', 'energy,digital', 'dark', 'light', 'ms', 'zh', '2017', '1999'),
  fc.constantFrom('malaysia-china', 'atlantis', 'name', 'value', 'table', 'header,footer'),
);
/** Without encoding, broken or percent-encoded: a URL as a person or a program might mangle it. */
const encodeSome = (text: string, how: number) =>
  how === 0 ? text : how === 1 ? encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '')) : text;
const param = fc
  .tuple(fc.oneof(fc.constantFrom(...PARAMS), junk), value, fc.nat({ max: 2 }))
  .map(([key, v, how]) => `${encodeSome(key, how)}=${encodeSome(v, how)}`);
const query = fc.oneof(
  fc.constant(''),
  fc.array(param, { minLength: 1, maxLength: 8 }).map((pairs) => `?${pairs.join('&')}`),
  // Repeated keys.
  fc
    .tuple(fc.constantFrom(...PARAMS), fc.array(value, { minLength: 2, maxLength: 5 }))
    .map(([key, values]) => `?${values.map((v) => `${key}=${encodeSome(v, 1)}`).join('&')}`),
);
const path = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VALID_PATHS) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...RECORD_PATHS), junk).map(([p, j]) => p + j) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(junk, junk)
      .map(([deck, slide]) => `/present/${encodeSome(deck, 1)}/${encodeSome(slide, 1)}`),
  },
  { weight: 1, arbitrary: junk.map((j) => `/${j}`) },
);

/** Hand-written cases: each kind of damage at least once, on every view. */
const FIXED = [
  '/no-such-view',
  '/projects/no-such-project',
  '/agreements/no-such-agreement',
  '/sectors/no-such-sector',
  '/present/no-such-deck/1',
  '/present/briefing/0',
  '/present/briefing/999',
  '/present/briefing/-1',
  '/present/briefing/1.5',
  '/present/mine:nothing/1',
  '/present/shared:%%/1',
  '/shared-deck/%E0%A4%A',
  '/shared-deck/not-a-deck',
  '/speaker/no-such-deck/1',
  '/embed/no-such-view',
  '/embed/embed/projects',
  '//projects',
  '/projects//',
  '/PROJECTS',
  '/projects/ecrl/extra/segments',
  `/projects?q=${'a'.repeat(50_000)}`,
  `/timeline?sector=${'energy,'.repeat(7_000)}`,
  `/agreements?${Array.from({ length: 300 }, (_, i) => `type=t${i}`).join('&')}`,
  '/projects?sector=%E0%A4%A&status=%%&q=%zz',
  '/timeline?from=9999&to=-1&item=event:%00',
  '/timeline?item=event:no-such-event',
  '/timeline?item=%E0%A4%A',
  '/trade?table=%%&view=__proto__',
  '/map?project=no-such-project&country=%zz',
  '/sectors/automotive?sort=constructor',
  '/overview?pack=atlantis',
  '/overview?pack=%00',
  '/overview?pack=__proto__',
  '/overview?lang=__proto__&theme=%3Cscript%3E',
  '/embed/projects?hide=header,footer,controls,%%&theme=x',
  '/projects?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '/projects?q=\u202E\u200D\u0000',
  '/agreements/diplomatic-relations-communique-1974?q=%F0%9F%98',
  '/present?deck=%%',
  '/?#/projects',
];

const URLS = [
  ...FIXED,
  ...fc.sample(
    fc.tuple(path, query).map(([p, q]) => p + q),
    { seed: SEED, numRuns: RANDOM_URLS },
  ),
];

interface Outcome {
  text: string;
  crashed: boolean;
}

test(`${URLS.length} nonsense URLs: no uncaught error, no blank page, no crashed view`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(URLS.length).toBeGreaterThanOrEqual(200);
  const errors: string[] = [];
  const failures: string[] = [];
  let current = '';
  let step = 0;
  page.on('pageerror', (error) => errors.push(`${current}: ${error.message}`));
  await page.goto('index.html#/overview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');

  for (const url of URLS) {
    current = JSON.stringify(url.length > 120 ? `${url.slice(0, 120)}…` : url);
    step++;
    const outcome = await page.evaluate(
      async ({ hash, marker }): Promise<Outcome | null> => {
        const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        const shows = (text: string) => document.body.textContent?.includes(text) ?? false;
        const read = () => {
          const busy = [...document.querySelectorAll('[role=status]')].some((e) =>
            /^\s*Loading/.test(e.textContent ?? ''),
          );
          const h1 = [...document.querySelectorAll('h1')].find((e) => e.textContent?.trim());
          const alert = [...document.querySelectorAll('[role=alert]')].find((e) =>
            e.textContent?.trim(),
          );
          if (busy || shows(marker) || !(h1 || alert)) return null;
          return `${h1?.textContent ?? ''} | ${alert?.textContent ?? ''}`;
        };
        // Through a page of its own first (a not-found naming the marker), so that what is
        // read afterwards is the new URL's page, not the last one still on screen while the
        // router's transition loads the next view.
        location.hash = `/${marker}`;
        for (let i = 0; i < 200 && !shows(marker); i++) await pause(10);
        location.hash = hash;
        let last: string | null = null;
        for (let i = 0; i < 300; i++) {
          await pause(30);
          const now = read();
          // Stable: the same heading or message twice in a row, 30 ms apart.
          if (now !== null && now === last) {
            const crashed = /failed to display|could not show this page/.test(now);
            return { text: now, crashed };
          }
          last = now;
        }
        return null;
      },
      { hash: url, marker: `robust-url-step-${step}` },
    );
    if (outcome === null) failures.push(`${current}: blank page (no h1 or alert with text)`);
    else if (outcome.crashed) failures.push(`${current}: the view crashed: ${outcome.text}`);
  }
  expect(errors, 'uncaught errors').toEqual([]);
  expect(failures, 'blank pages and crashed views').toEqual([]);
});
