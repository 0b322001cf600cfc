#!/usr/bin/env node
/**
 * The whole gate, as `npm test` and CI run it: dependencies, a browser, typecheck, lint, knip,
 * data:check, unit and component tests, build, size budget and browser tests. Runs every step
 * even after a failure, so one run reports everything, and ends with the plain line
 * "N passed, N failed" that CI reads. Uses only Node's standard library: it runs before
 * `npm ci` has installed anything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', FORCE_COLOR: '0' };
const results = [];
let passed = 0;
let failed = 0;

/**
 * Runs one command. `options.verify`, when given, is asked after a successful run for what is
 * still wrong (a file the command should have written or left alone); a text fails the step.
 */
function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...options.env } });
  let ok = result.status === 0;
  const problem = ok && options.verify ? options.verify() : undefined;
  if (problem) {
    console.error(`\n${label}: ${problem}`);
    ok = false;
  }
  results.push({ label, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  return ok;
}

function gateStep(label, command, args, options) {
  const ok = run(label, command, args, options);
  if (ok) passed++;
  else failed++;
  return ok;
}

function ensureDependencies() {
  const lock = 'package-lock.json';
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return true;
  return run('install dependencies', 'npm', ['ci', '--no-audit', '--no-fund']);
}

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((path) => path && existsSync(path));
}

/** Whether the system has a font for Chinese (else screenshots of the zh pages show boxes). */
function hasChineseFont() {
  const result = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  // No fontconfig: on macOS or Windows the system's fonts cover Chinese; on Linux it comes with
  // Chromium, which is then missing too.
  if (result.error) return process.platform !== 'linux';
  return result.stdout.trim() !== '';
}

function ensureChromium() {
  let found = findChromium();
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const missing = [
    ...(found ? [] : ['chromium']),
    // A small Chinese font (1.6 MB), so Chinese pages render in the browser tests' screenshots.
    ...(hasChineseFont() ? [] : ['fonts-wqy-microhei']),
  ];
  if (missing.length > 0 && root && existsSync('/usr/bin/apt-get')) {
    console.log(`\nInstalling Debian's ${missing.join(' and ')} (apt-get install).`);
    run('apt-get update', 'apt-get', ['update', '-qq']);
    run(
      `install ${missing.join(' ')}`,
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', ...missing],
      { env: { DEBIAN_FRONTEND: 'noninteractive' } },
    );
    found = findChromium();
  }
  if (!found) {
    console.error(
      '\nNo Chromium found for the browser tests. Install one and run again:\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  macOS:         brew install --cask chromium\n' +
        'or point CHROME_PATH at an existing Chrome or Chromium binary.',
    );
  }
  return found;
}

function countVitest() {
  try {
    const report = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
    return {
      passed: report.numPassedTests ?? 0,
      failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
    };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

function countPlaywright() {
  try {
    const { stats } = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
    return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

// Old reports must never be counted as this run's results.
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

if (!ensureDependencies()) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
const chromium = ensureChromium();

/**
 * `npm run <script> -- <args>`: the gate runs the commands as the README names them, so that a
 * command the README gives cannot break unseen (tests/unit/readme-commands.test.ts checks that
 * every one is here or in a browser test).
 */
function npmRun(label, script, args = [], options) {
  return gateStep(label, 'npm', ['run', script, ...(args.length ? ['--', ...args] : [])], options);
}

npmRun('typecheck', 'typecheck');
npmRun('lint', 'lint', ['--max-warnings=0']);
// Unused files, exports, types and dependencies (knip.jsonc names the entry points no plugin finds).
gateStep('knip', 'npx', ['knip', '--no-progress', '--treat-config-hints-as-errors']);
// `npm run format` writes; the gate runs the same Prettier as a check, which writes nothing.
gateStep('format', 'npx', ['prettier', '--check', '.']);
npmRun('data:check (every pack)', 'data:check');
npmRun('data:check (one pack)', 'data:check', ['data/malaysia-china']);
npmRun('JSON Schema up to date', 'data:schema', ['--check']);

// The map outlines are committed; rebuilding them from the packages must give the same file.
const MAP_SHAPES = 'src/features/map/geo/map-shapes.json';
const shapesBefore = readFileSync(MAP_SHAPES, 'utf8');
npmRun('map:data', 'map:data', [], {
  verify: () =>
    readFileSync(MAP_SHAPES, 'utf8') === shapesBefore
      ? undefined
      : `it changed ${MAP_SHAPES}: commit the rebuilt outlines`,
});

// A synthetic pack as the README's gen:pack writes it, checked as a curator's pack would be.
const genOut = '.bench/gate-packs';
rmSync(genOut, { recursive: true, force: true });
if (npmRun('gen:pack', 'gen:pack', ['--projects', '300', '--out', genOut]))
  for (const pack of readdirSync(genOut))
    npmRun(`data:check (synthetic ${pack})`, 'data:check', [join(genOut, pack)]);

run('unit and component tests', 'npm', [
  'run',
  'test:unit',
  '--',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=reports/vitest.json',
]);
const unit = countVitest();
passed += unit.passed;
failed += unit.failed;

const built = npmRun('build', 'build');
if (built) gateStep('size budget', 'node', ['scripts/check-size.mjs']);

if (built && chromium) {
  run('browser tests', 'npm', ['run', 'test:e2e'], { env: { CHROME_PATH: chromium } });
  const e2e = countPlaywright();
  passed += e2e.passed;
  failed += e2e.failed;
  // A smoke run of the benchmark: it must run, and write its results, from a fresh clone.
  rmSync('.bench/results.json', { force: true });
  npmRun('bench (smoke run)', 'bench', ['--quick'], {
    env: { CHROME_PATH: chromium },
    verify: () =>
      existsSync('.bench/results.json') ? undefined : 'it wrote no .bench/results.json',
  });
} else {
  console.error(
    built ? '\nBrowser tests not run: no Chromium.' : '\nBrowser tests not run: the build failed.',
  );
  failed++;
}

console.log('\nSteps:');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.label} (${r.seconds} s)`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
