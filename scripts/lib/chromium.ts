/**
 * How the browser tests and the benchmark launch Chromium: Debian's package (or CHROME_PATH),
 * headless, with the background traffic of a normal profile turned off so that no request
 * leaves the machine and timings are not disturbed.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
