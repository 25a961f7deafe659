// Debian's Chromium, for the docs page test and the portability check: where it is, how it is launched,
// and what its absence means (a failure on CI, a skip with its reason elsewhere).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Root in a container needs --no-sandbox; the next six keep the browser from calling home. --single-process runs
 * the pages in the browser's own process: the docs page test's Chromium used 4.3 s of CPU instead of 7.5 s
 * (BENCHMARKS.md). In that mode a browser holds one context: open every page in it.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--single-process',
];

/**
 * Why `check` cannot run Chromium here, or undefined when it can. With CI=true a missing Chromium
 * throws instead: CI must run every check, never skip one.
 */
export function chromiumSkipReason(check: string): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  const reason = `Chromium is not installed at ${CHROMIUM_PATH}; apt-get install chromium`;
  if (process.env.CI === 'true') throw new Error(`${check} needs Chromium on CI: ${reason}`);
  return reason;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
