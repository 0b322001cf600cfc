/**
 * Lighthouse with its default mobile preset (simulated slow 4G and 4× CPU), run from the
 * project's own dependency against Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
}

export async function lighthouseScores(url: string, chromePath: string): Promise<LighthouseScores> {
  const out = `.bench/lighthouse-${url.replace(/\W+/g, '-').slice(-40)}.json`;
  execFileSync(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${out}`,
    ],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath } },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id: string) => Math.round((report.categories[id]?.score ?? Number.NaN) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbtMs: report.audits['total-blocking-time']?.numericValue ?? Number.NaN,
  };
}
