/**
 * Finds the Chromium the tests and the benchmark drive. Playwright cannot download its own browsers on a
 * closed network, so the order is: CHROMIUM_PATH, Debian's /usr/bin/chromium, then a browser Playwright
 * installed itself (if the user ran `npx playwright install`).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function playwrightBundledChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return playwrightBundledChromium();
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Launch flags: no sandbox only as root (Chromium refuses to start otherwise); no background traffic. */
export const CHROMIUM_ARGS = [
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];
