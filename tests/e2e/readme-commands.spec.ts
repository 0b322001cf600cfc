import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * The commands the README gives for running the dashboard, run as a new user would type them,
 * each opened in Chromium. The gate once stayed green while `npm run dev` showed a blank page:
 * the other browser tests use their own server, so nothing ran the README's command.
 */

const README = readFileSync('README.md', 'utf8');

/**
 * The README's command that contains `marker`, exactly as written: a line of a code block
 * (without its comment) or, failing that, a command quoted in the text.
 */
function readmeCommand(marker: string): string {
  const lines = README.split('\n').filter((l) => l.includes(marker));
  const block = lines.find((l) => !l.includes('`'));
  const quoted = lines
    .flatMap((l) => [...l.matchAll(/`([^`]+)`/g)].map((m) => m[1]!))
    .find((q) => q.includes(marker));
  const command = block?.split('#')[0]!.trim() ?? quoted;
  expect(command, `the README gives the command "${marker}"`).toBeDefined();
  return command!;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts a shell command in its own process group, so that stopping it stops its children. */
function start(command: string, cwd = '.'): ChildProcess {
  const child = spawn('bash', ['-c', command], {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BROWSER: 'none', FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('exit', (code) => {
    if (code) console.log(`"${command}" exited with ${code}:\n${output.slice(-2000)}`);
  });
  return child;
}

function stop(child: ChildProcess | undefined) {
  if (child?.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function waitForServer(url: string, child: ChildProcess, seconds = 90) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) throw new Error(`the command exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** The Projects view renders its count from the real pack, with no error on the page. */
async function expectDashboard(page: Page, origin: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${origin}/#/projects`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects', {
    timeout: 30_000,
  });
  await expect(page.getByRole('status').filter({ hasText: /projects$/ })).toHaveText(
    '25 of 25 projects',
  );
  expect(errors, 'uncaught errors').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
}

// Several minutes of installing, building and serving: each test has time for its command.
test.describe.configure({ timeout: 180_000 });

let server: ChildProcess | undefined;
test.afterEach(() => stop(server));

test('the README first command installs and runs the dashboard', async ({ page }) => {
  const command = readmeCommand('npm run dev');
  expect(command).toBe('npm install && npm run dev');
  const port = await freePort();
  // Arguments after `--` reach Vite: a free port, so that the test never meets another server.
  server = start(`${command} -- --port ${port} --strictPort --host 127.0.0.1`);
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}/`, server);
  // The app's own modules under src/data/ are modules, not data files (the blank-page bug).
  const module = await fetch(`${origin}/src/data/use-pack.ts`);
  expect(module.status).toBe(200);
  expect(module.headers.get('content-type')).toMatch(/javascript/);
  await expectDashboard(page, origin);
});

test.describe('the built app', () => {
  test.beforeAll(() => {
    const build = readmeCommand('npm run build');
    const result = spawnSync('bash', ['-c', build], { stdio: 'inherit', timeout: 120_000 });
    expect(result.status, `"${build}" succeeds`).toBe(0);
  });

  test('npm run preview serves the build', async ({ page }) => {
    expect(README).toContain('`npm run preview`');
    const port = await freePort();
    server = start(`npm run preview -- --port ${port} --strictPort --host 127.0.0.1`);
    const origin = `http://127.0.0.1:${port}`;
    await waitForServer(`${origin}/`, server);
    await expectDashboard(page, origin);
  });

  test('the README plain static server serves the build', async ({ page }) => {
    const command = readmeCommand('python3 -m http.server');
    expect(command).toBe('cd dist && python3 -m http.server 8000');
    const port = await freePort();
    server = start(`${command.replace(/ 8000$/, ` ${port}`)} --bind 127.0.0.1`);
    const origin = `http://127.0.0.1:${port}`;
    await waitForServer(`${origin}/`, server);
    await expectDashboard(page, origin);
  });
});
