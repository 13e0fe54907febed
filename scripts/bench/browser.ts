import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '../chromium';

export const FIRST_FRAME_MARK = 'avatar-atelier:first-frame';
export const FIRST_AVATAR_MARK = 'avatar-atelier:first-avatar';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it or set CHROMIUM_PATH (see README).');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface ColdLoad {
  /** Milliseconds from navigation start to each awaited performance mark. */
  marks: Record<string, number>;
  transferBytes: number;
  gzipBytes: number;
}

/** Loads a URL in a fresh context (empty cache) and measures navigation → each mark (awaited in order). */
export async function coldLoad(browser: Browser, url: string, marks = [FIRST_FRAME_MARK], viewport = { width: 1280, height: 800 }): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (response) => bodies.push(response.body().catch(() => null)));
  await page.goto(url);
  const times: Record<string, number> = {};
  for (const mark of marks) times[mark] = await waitForMark(page, mark);
  const buffers = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
  await context.close();
  return {
    marks: times,
    transferBytes: buffers.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: buffers.reduce((sum, b) => sum + gzipSync(b).length, 0),
  };
}

/** Milliseconds from navigation start to a performance mark, waiting for it to appear. */
export async function waitForMark(page: Page, name: string, timeout = 120_000): Promise<number> {
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, name, { timeout });
  return (await handle.jsonValue()) as number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
