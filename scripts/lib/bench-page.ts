/**
 * Measurements in a real page, each in a fresh browser context so caches do not flatter later
 * runs. Timings come from the page's own clocks (performance entries, Event Timing), not from
 * the test driver, so driver overhead is not counted.
 */
import type { Browser, Page } from '@playwright/test';

interface Percentiles {
  p50: number;
  p95: number;
  n: number;
}

export interface FilterTimes {
  /** Input → the frame that shows the new result count, typing one character into search. */
  search: Percentiles;
  /** The same for ticking or unticking a sector. */
  sector: Percentiles;
  /** The same for choosing another "from" year. */
  years: Percentiles;
  /** Event Timing duration of real keystrokes in the search box (input delay + handlers + next paint). */
  keystroke: Percentiles;
}

function percentiles(values: number[]): Percentiles {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  const at = (q: number) =>
    s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]! : Number.NaN;
  return { p50: at(0.5), p95: at(0.95), n: s.length };
}

async function newPage(browser: Browser, cpuSlowdown = 1): Promise<Page> {
  // Every run is a first visit: no service worker installing the offline copy in the background.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  await page.addInitScript(() => {
    const w = window as unknown as {
      __lcp: number;
      __cls: number;
      __longestTask: number;
      __events: { name: string; duration: number; startTime: number }[];
    };
    w.__lcp = 0;
    w.__cls = 0;
    w.__longestTask = 0;
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    // Layout shift as CLS counts it: shifts not caused by the reader's own input.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longestTask = Math.max(w.__longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__events.push({ name: entry.name, duration: entry.duration, startTime: entry.startTime });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
  return page;
}

const resultCount = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /of [\d,]+ projects/ })
    .first();

/** From navigation start to the Projects view showing its result count: fetch, decode, validate, index, render. */
export async function measureLoad(browser: Browser, base: string, pack: string) {
  const page = await newPage(browser);
  await page.goto(`${base}index.html#/projects?pack=${pack}`);
  await resultCount(page).waitFor({ timeout: 180_000 });
  const readyMs = await page.evaluate(() => performance.now());
  const heapMb = await page.evaluate(async () => {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize / 1e6 : Number.NaN;
  });
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('measure').map((m) => `${m.name}: ${Math.round(m.duration)} ms`),
  );
  console.log(
    `  ready after ${Math.round(readyMs)} ms, heap ${heapMb.toFixed(0)} MB\n  ${marks.join('\n  ')}`,
  );
  await page.context().close();
  return { readyMs, heapMb };
}

/** What opening a view costs the reader: largest paint, layout shift, longest main-thread task. */
export interface PageLoad {
  lcp: number;
  cls: number;
  longestTask: number;
}

export async function measureLcp(
  browser: Browser,
  base: string,
  pack: string,
  view: string,
  cpuSlowdown: number,
): Promise<PageLoad> {
  const page = await newPage(browser, cpuSlowdown);
  await page.goto(`${base}index.html#${view}?pack=${pack}`);
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 180_000 });
  await page.waitForLoadState('networkidle');
  // LCP is final at the first input; a key press ends it without changing the page.
  await page.keyboard.press('Shift');
  const load = await page.evaluate(() => {
    const w = window as unknown as { __lcp: number; __cls: number; __longestTask: number };
    return { lcp: w.__lcp, cls: w.__cls, longestTask: w.__longestTask };
  });
  await page.context().close();
  return load;
}

/**
 * Times an operation from its input event to the paint that shows a changed result count.
 * When the count changes in the input's own task (the app answers at once), that paint is the
 * next one, and Event Timing measures input → next paint exactly; it reports nothing under
 * 16 ms, so such an answer is recorded as 16 (one frame). When the count changes in a later task
 * (a large pack catching up), a MutationObserver on the count waits for the frame after it.
 */
async function timeOperation(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __t0: number;
      __inInputTask: boolean;
      __sameTask: boolean;
      __done: Promise<number>;
    };
    const status = [...document.querySelectorAll('[role="status"]')].find((el) =>
      /of [\d,]+ projects/.test(el.textContent ?? ''),
    )!;
    w.__t0 = Number.NaN;
    w.__inInputTask = false;
    for (const type of ['keydown', 'click', 'change'])
      window.addEventListener(
        type,
        (event) => {
          if (!Number.isNaN(w.__t0)) return;
          w.__t0 = event.timeStamp;
          w.__inInputTask = true;
          // Cleared by the next task: a change seen before then happened in the input's task.
          setTimeout(() => (w.__inInputTask = false), 0);
        },
        { capture: true, once: true },
      );
    w.__done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        w.__sameTask = w.__inInputTask;
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - w.__t0), 0));
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      setTimeout(() => resolve(Number.NaN), 3_000);
    });
  });
  await act();
  return page.evaluate(async () => {
    const w = window as unknown as {
      __t0: number;
      __sameTask: boolean;
      __done: Promise<number>;
      __events: { name: string; duration: number; startTime: number }[];
    };
    const afterFrame = await w.__done;
    if (!w.__sameTask) return afterFrame;
    // Event Timing entries arrive after the paint they end with.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const durations = w.__events
      .filter((e) => e.startTime >= w.__t0 - 1 && e.startTime <= w.__t0 + 50)
      .map((e) => e.duration);
    return durations.length ? Math.max(...durations) : 16;
  });
}

export async function measureFilters(
  browser: Browser,
  base: string,
  pack: string,
  operations: number,
): Promise<FilterTimes> {
  const page = await newPage(browser);
  await page.goto(`${base}index.html#/projects?pack=${pack}`);
  await resultCount(page).waitFor({ timeout: 180_000 });
  const search = page.getByRole('searchbox', { name: /search projects/i });
  const searchTimes: number[] = [];
  const word = 'harbour rail solar';
  for (let i = 0; i < operations; i++) {
    if (i % word.length === 0) {
      await search.fill('');
      await page.waitForTimeout(300);
    }
    searchTimes.push(
      await timeOperation(page, () =>
        search.press(word[i % word.length] === ' ' ? 'Space' : word[i % word.length]!),
      ),
    );
  }
  const keystroke = await page.evaluate(() =>
    (window as unknown as { __events: { name: string; duration: number }[] }).__events
      .filter((e) => e.name === 'keydown' || e.name === 'keypress' || e.name === 'keyup')
      .map((e) => e.duration),
  );
  await search.fill('');
  await page.waitForTimeout(300);
  const sector = page
    .getByRole('group', { name: /sector/i })
    .getByRole('checkbox')
    .first();
  const sectorTimes: number[] = [];
  for (let i = 0; i < operations; i++)
    sectorTimes.push(await timeOperation(page, () => sector.click()));
  const from = page.getByLabel('From', { exact: true }).first();
  const yearTimes: number[] = [];
  // Real key presses (trusted input, so Event Timing sees them) on the closed "from" select:
  // Home picks its first option (any year), End its last (the pack's latest year).
  const tag = await from.evaluate((el) => el.tagName);
  for (let i = 0; i < operations; i++)
    yearTimes.push(
      await timeOperation(page, async () => {
        if (tag === 'SELECT') {
          await from.focus();
          await page.keyboard.press(i % 2 === 0 ? 'End' : 'Home');
        } else await from.fill(i % 2 === 0 ? '2020' : '');
      }),
    );
  await page.context().close();
  return {
    search: percentiles(searchTimes),
    sector: percentiles(sectorTimes),
    years: percentiles(yearTimes),
    keystroke: percentiles(keystroke),
  };
}
