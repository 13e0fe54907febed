/**
 * `npm run bench`: builds the app and the baseline page, serves both, drives headless Chromium and writes
 * bench-results/latest.json. A benchmark, not a test: it reports numbers and budgets, it does not fail.
 */
import type { Browser } from '@playwright/test';
import { execSync } from 'node:child_process';
import { coldLoad, FIRST_AVATAR_MARK, FIRST_FRAME_MARK, launchBrowser, median, type ColdLoad } from './browser';
import { initialJsGzipBytes } from './bundle';
import { leakAfterSwaps } from './leaks';
import { openWarmPage, sliderUpdateTimes, slotSwapTimes, summarise } from './liveAvatar';
import { writeReport, type Metric } from './report';
import { serveStatic } from './serve';

const COLD_LOADS = Number(process.env.BENCH_RUNS ?? 5);
const APP_PORT = 4180;
const BASELINE_PORT = 4181;
const APP_URL = `http://127.0.0.1:${APP_PORT}/?qa`;
const LEAK_CHOICES = {
  hair: ['core/bob01', 'core/short02', 'core/ponytail01', 'core/long01'],
  outfit: ['core/male-casualsuit01', 'core/female-sportsuit01', 'core/f-dress-02', 'core/female-casualsuit01'],
  footwear: ['core/shoes01', 'core/shoes05', 'core/winterboots'],
  eyebrows: ['core/eyebrow001', 'core/eyebrow009', 'core/eyebrow002'],
};

async function loadMetrics(browser: Browser): Promise<Record<string, Metric>> {
  const app: ColdLoad[] = [];
  const baseline: ColdLoad[] = [];
  // Interleave so both pages see the same machine load.
  for (let run = 0; run < COLD_LOADS; run += 1) {
    app.push(await coldLoad(browser, APP_URL, [FIRST_FRAME_MARK, FIRST_AVATAR_MARK]));
    baseline.push(await coldLoad(browser, `http://127.0.0.1:${BASELINE_PORT}/`));
  }
  const frame = median(app.map((l) => l.marks[FIRST_FRAME_MARK]!));
  const avatar = median(app.map((l) => l.marks[FIRST_AVATAR_MARK]!));
  const base = median(baseline.map((l) => l.marks[FIRST_FRAME_MARK]!));
  const note = `median of ${COLD_LOADS} cold loads`;
  return {
    initialJsGzipBytes: { value: initialJsGzipBytes('dist'), unit: 'B', budget: '≤ 409600' },
    firstAvatarTransferBytes: { value: app[0]!.gzipBytes, unit: 'B (gzip)', note: 'every response until the dressed avatar shows, gzip-compressed as a static host would send it' },
    firstAvatarRawBytes: { value: app[0]!.transferBytes, unit: 'B' },
    timeToFirstFrameMs: { value: frame, unit: 'ms', note },
    baselineTimeToFirstFrameMs: { value: base, unit: 'ms', note },
    firstFrameRatio: { value: frame / base, unit: '×', budget: '≤ 1.3' },
    timeToFirstAvatarMs: { value: avatar, unit: 'ms', note },
    firstAvatarRatio: { value: avatar / base, unit: '×', budget: '≤ 2' },
  };
}

async function liveMetrics(browser: Browser): Promise<Record<string, Metric>> {
  const page = await openWarmPage(browser, APP_URL);
  const stats = await page.evaluate(() => window.avatarAtelier!.stats());
  const slider = summarise(await sliderUpdateTimes(page));
  const swap = summarise(await slotSwapTimes(page, 'hair', ['core/bob01', 'core/short02', 'core/ponytail01']));
  const leak = await leakAfterSwaps(page, LEAK_CHOICES);
  await page.close();
  return {
    drawCalls: { value: stats.drawCalls, unit: 'calls', budget: '≤ 12' },
    triangles: { value: stats.triangles, unit: 'triangles' },
    sliderUpdateMsP50: { value: slider.p50, unit: 'ms' },
    sliderUpdateMsP95: { value: slider.p95, unit: 'ms', budget: '≤ 33' },
    slotSwapMsP50: { value: swap.p50, unit: 'ms' },
    slotSwapMsP95: { value: swap.p95, unit: 'ms', budget: '≤ 100' },
    leakGeometriesDelta: { value: leak.geometriesDelta, unit: 'geometries', budget: '≤ 2', note: `after ${leak.edits} random edits and a return to the start` },
    leakTexturesDelta: { value: leak.texturesDelta, unit: 'textures', budget: '≤ 2' },
    leakHeapGrowthMB: { value: leak.heapGrowthBytes / 1048576, unit: 'MB', budget: '≤ 10' },
  };
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    execSync('npm run build', { stdio: 'inherit' });
    execSync('npx vite build --config bench/baseline/vite.config.ts', { stdio: 'inherit' });
  }
  const app = await serveStatic('dist', APP_PORT);
  const baseline = await serveStatic('bench-dist/baseline', BASELINE_PORT);
  const browser = await launchBrowser();
  try {
    writeReport({ ...(await loadMetrics(browser)), ...(await liveMetrics(browser)) });
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }
}

await main();
