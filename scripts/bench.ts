/**
 * npm run bench — builds the app, serves the build (gzip, like a real server), drives Debian's
 * Chromium through Playwright and prints one table, also written to .bench/results.json.
 * Packs: the shipped Malaysia–China pack and synthetic packs of 1,000, 10,000 and 100,000
 * projects (generated into the served copy only; the committed manifest is untouched).
 * Method and how to read the numbers: README, "Performance".
 *   npm run bench -- --quick     fewer runs and no 100,000 pack (a smoke run)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { syntheticPack } from './lib/synthetic-pack';
import { firstViewBytes } from './lib/bundle-size.mjs';
import {
  measureLoad,
  measureLcp,
  measureFilters,
  type FilterTimes,
  type PageLoad,
} from './lib/bench-page';
import { lighthouseScores, type LighthouseScores } from './lib/bench-lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 2 : 5;
const OPS = quick ? 8 : 20;
const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const PORT = 4500 + (process.pid % 300);
const SITE = '.bench/site';
const APP = `${SITE}/apps/jambatan`;
const BASE = `http://127.0.0.1:${PORT}/apps/jambatan/`;

function prepareSite(): string[] {
  rmSync(SITE, { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', APP, '--emptyOutDir'], {
    stdio: 'inherit',
  });
  const manifestPath = join(APP, 'data/packs.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const ids: string[] = [manifest.packs[0].id];
  for (const size of SIZES) {
    const pack = syntheticPack(size, 1);
    const id = pack['pack.json'].id;
    mkdirSync(join(APP, 'data', id), { recursive: true });
    for (const [name, content] of Object.entries(pack))
      writeFileSync(join(APP, 'data', id, name), JSON.stringify(content));
    manifest.packs.push({ id, title: `Synthetic ${size}` });
    ids.push(id);
  }
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return ids;
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : Number.NaN;
};

interface PackResult {
  pack: string;
  loadMs: number;
  heapMb: number;
  lcp: { overview: number; projects: number; overview4x: number; projects4x: number };
  /** The worst of the runs: a shift or a long task in any run is one a reader can meet. */
  cls: { overview: number; projects: number };
  longestTaskMs: number;
  filters: FilterTimes;
}

async function main() {
  const packs = prepareSite();
  const server = spawn(
    'node',
    [
      'scripts/serve-static.mjs',
      '--dir',
      APP,
      '--prefix',
      '/apps/jambatan/',
      '--port',
      String(PORT),
    ],
    { stdio: 'ignore' },
  );
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Precise heap sizes for the memory column.
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  const results: PackResult[] = [];
  try {
    for (const pack of packs) {
      console.log(`\n▶ ${pack}`);
      const load = await measureLoad(browser, BASE, pack);
      const loads = {
        overview: await repeat(RUNS, () => measureLcp(browser, BASE, pack, '/overview', 1)),
        projects: await repeat(RUNS, () => measureLcp(browser, BASE, pack, '/projects', 1)),
        overview4x: await repeat(RUNS, () => measureLcp(browser, BASE, pack, '/overview', 4)),
        projects4x: await repeat(RUNS, () => measureLcp(browser, BASE, pack, '/projects', 4)),
      };
      const lcpOf = (runs: PageLoad[]) => median(runs.map((r) => r.lcp));
      const worst = (runs: PageLoad[], of: (r: PageLoad) => number) => Math.max(...runs.map(of));
      const lcp = {
        overview: lcpOf(loads.overview),
        projects: lcpOf(loads.projects),
        overview4x: lcpOf(loads.overview4x),
        projects4x: lcpOf(loads.projects4x),
      };
      const cls = {
        overview: worst(loads.overview, (r) => r.cls),
        projects: worst(loads.projects, (r) => r.cls),
      };
      // At full speed: the 4× runs stretch every task four times over by design.
      const longestTaskMs = worst([...loads.overview, ...loads.projects], (r) => r.longestTask);
      const filters = await measureFilters(browser, BASE, pack, OPS);
      results.push({
        pack,
        loadMs: load.readyMs,
        heapMb: load.heapMb,
        lcp,
        cls,
        longestTaskMs,
        filters,
      });
      console.log(JSON.stringify(results.at(-1)));
    }
  } finally {
    await browser.close();
  }
  const lighthouse: Record<string, LighthouseScores> = {};
  // The five views of the performance goal; a smoke run checks that Lighthouse runs at all.
  const lighthouseViews = quick
    ? ['/overview', '/projects']
    : ['/overview', '/projects', '/projects/ecrl', '/timeline', '/trade'];
  for (const view of lighthouseViews)
    lighthouse[view] = await lighthouseScores(`${BASE}index.html#${view}`, CHROMIUM_PATH);
  server.kill();

  const bytes = firstViewBytes(APP);
  const report = {
    date: new Date().toISOString(),
    runs: RUNS,
    operations: OPS,
    bytes,
    results,
    lighthouse,
  };
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
  printTable(report);
}

async function repeat<T>(n: number, run: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await run());
  return out;
}

function printTable(report: {
  bytes: ReturnType<typeof firstViewBytes>;
  results: PackResult[];
  lighthouse: Record<string, LighthouseScores>;
}) {
  const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)}` : '—');
  console.log(
    `\nFirst view JavaScript: ${report.bytes.firstViewKiB.toFixed(1)} KiB gzip (budget 130 KiB); largest view total ${report.bytes.largestViewKiB.toFixed(1)} KiB (budget 260 KiB)`,
  );
  for (const chunk of report.bytes.lazy)
    console.log(`  lazy ${chunk.file}: ${chunk.kib.toFixed(1)} KiB`);
  console.log(
    '\n| pack | load+validate+index ms | heap MB | LCP overview | LCP projects | LCP overview 4× | LCP projects 4× | CLS overview/projects | longest task ms | search p50/p95 | sector p50/p95 | years p50/p95 | keystroke INP p50/p95 |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of report.results) {
    const f = r.filters;
    console.log(
      `| ${r.pack} | ${ms(r.loadMs)} | ${r.heapMb.toFixed(0)} | ${ms(r.lcp.overview)} | ${ms(r.lcp.projects)} | ${ms(r.lcp.overview4x)} | ${ms(r.lcp.projects4x)} | ${r.cls.overview.toFixed(3)}/${r.cls.projects.toFixed(3)} | ${ms(r.longestTaskMs)} | ${ms(f.search.p50)}/${ms(f.search.p95)} | ${ms(f.sector.p50)}/${ms(f.sector.p95)} | ${ms(f.years.p50)}/${ms(f.years.p95)} | ${ms(f.keystroke.p50)}/${ms(f.keystroke.p95)} |`,
    );
  }
  console.log('\n| Lighthouse (mobile) | performance | accessibility | best practices |');
  console.log('|---|---|---|---|');
  for (const [view, s] of Object.entries(report.lighthouse))
    console.log(`| ${view} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
