import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '../chromium';

export const FIRST_FRAME_MARK = 'avatar-atelier:first-frame';
export const FIRST_AVATAR_MARK = 'avatar-atelier:first-avatar';
export const FIRST_AVATAR_PRESENTED_MARK = 'avatar-atelier:first-avatar-presented';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it or set CHROMIUM_PATH (see README).');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface ColdLoad {
  /** Milliseconds from navigation start to each awaited performance mark. */
  marks: Record<string, number>;
  /** Body bytes of the responses that finished before the last mark, as sent and gzip-compressed. */
  transferBytes: number;
  gzipBytes: number;
  requests: number;
  /** When the last of those responses finished (ms from navigation start). */
  lastResponseMs: number;
  /** The longest main-thread task before the last mark (ms; 0 when none passed 50 ms). */
  longestTaskMs: number;
}

interface PageTimeline {
  resources: { url: string; responseEnd: number }[];
  longTasks: { start: number; duration: number }[];
}

/** Records the page's long tasks from its very start (the observer must exist before the app runs). */
function observeLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { benchLongTasks: typeof tasks }).benchLongTasks = tasks;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
}

function pageTimeline(page: Page): Promise<PageTimeline> {
  return page.evaluate(() => ({
    resources: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({ url: e.name, responseEnd: (e as PerformanceResourceTiming).responseEnd })),
    longTasks: (window as unknown as { benchLongTasks?: { start: number; duration: number }[] }).benchLongTasks ?? [],
  }));
}

/** Loads a URL in a fresh context (empty cache) and measures navigation → each mark (awaited in order). */
export async function coldLoad(browser: Browser, url: string, marks = [FIRST_FRAME_MARK], viewport = { width: 1280, height: 800 }): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  // Bodies are read after the marks: reading them as they arrive (over CDP) slowed the page being measured.
  const responses = new Map<string, Response>();
  page.on('response', (response) => void (responses.has(response.url()) || responses.set(response.url(), response)));
  await page.goto(url);
  const times: Record<string, number> = {};
  for (const mark of marks) times[mark] = await waitForMark(page, mark);
  const end = times[marks[marks.length - 1]!]!;
  const timeline = await pageTimeline(page);
  const before = timeline.resources.filter((r) => r.responseEnd > 0 && r.responseEnd <= end);
  const urls = [...new Set(before.map((r) => r.url))];
  const buffers = (await Promise.all(urls.map((u) => responses.get(u)?.body().catch(() => null) ?? null))).filter((b): b is Buffer => b !== null);
  await context.close();
  return {
    marks: times,
    transferBytes: buffers.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: buffers.reduce((sum, b) => sum + gzipSync(b).length, 0),
    requests: urls.length,
    lastResponseMs: Math.max(0, ...before.map((r) => r.responseEnd)),
    longestTaskMs: Math.max(0, ...timeline.longTasks.filter((t) => t.start < end).map((t) => t.duration)),
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
