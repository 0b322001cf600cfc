// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every command the README names is run by the gate, so none can break unseen: the gate
 * (scripts/test-all.mjs) runs the npm scripts, and a browser test
 * (tests/e2e/readme-commands.spec.ts) runs the commands that start a server, as written.
 */
const README = readFileSync('README.md', 'utf8');
const GATE = readFileSync('scripts/test-all.mjs', 'utf8');
const RUN_COMMANDS = readFileSync('tests/e2e/readme-commands.spec.ts', 'utf8');
const SCRIPTS = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
);

const named = [
  ...new Set([...README.matchAll(/npm run ([a-z][a-z0-9:-]*[a-z0-9])/g)].map((m) => m[1]!)),
];

describe('the README’s commands', () => {
  it('name scripts that exist', () => {
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((script) => !SCRIPTS.includes(script))).toEqual([]);
  });

  it('are each run by the gate or by the browser test of run commands', () => {
    const ranByGate = (script: string) =>
      new RegExp(`npmRun\\([^;]*?'${script}'|'run',\\s*'${script}'`).test(GATE);
    const ranByBrowserTest = (script: string) => RUN_COMMANDS.includes(`npm run ${script}`);
    // `npm run format` rewrites files; the gate runs the same Prettier as `--check` instead.
    const notRun = named.filter((s) => s !== 'format' && !ranByGate(s) && !ranByBrowserTest(s));
    expect(notRun).toEqual([]);
    expect(GATE).toContain("'prettier', '--check', '.'");
  });

  it('include the two first-screen commands, which the gate runs', () => {
    const firstScreen = README.split('\n').slice(0, 15).join('\n');
    expect(firstScreen).toContain('npm install && npm run dev');
    expect(firstScreen).toContain('npm test');
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m);
  });
});
