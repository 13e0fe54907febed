/**
 * `npm run bench`: builds the app and the baseline page, serves both, drives headless Chromium and writes
 * bench-results/latest.json. A benchmark, not a test: it reports numbers and budgets, it does not fail.
 */
import { execSync } from 'node:child_process';
import { coldLoad, launchBrowser, median } from './browser';
import { initialJsGzipBytes } from './bundle';
import { writeReport, type Metric } from './report';
import { serveStatic } from './serve';

const COLD_LOADS = Number(process.env.BENCH_RUNS ?? 7);
const APP_PORT = 4180;
const BASELINE_PORT = 4181;

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    execSync('npm run build', { stdio: 'inherit' });
    execSync('npx vite build --config bench/baseline/vite.config.ts', { stdio: 'inherit' });
  }
  const app = await serveStatic('dist', APP_PORT);
  const baseline = await serveStatic('bench-dist/baseline', BASELINE_PORT);
  const browser = await launchBrowser();
  try {
    const appLoads = [];
    const baselineLoads = [];
    // Interleave so both pages see the same machine load.
    for (let run = 0; run < COLD_LOADS; run += 1) {
      appLoads.push(await coldLoad(browser, `http://127.0.0.1:${APP_PORT}/?qa`));
      baselineLoads.push(await coldLoad(browser, `http://127.0.0.1:${BASELINE_PORT}/`));
    }
    const appFrame = median(appLoads.map((l) => l.firstFrameMs));
    const baselineFrame = median(baselineLoads.map((l) => l.firstFrameMs));
    const metrics: Record<string, Metric> = {
      initialJsGzipBytes: { value: initialJsGzipBytes('dist'), unit: 'B', budget: '≤ 409600' },
      firstViewTransferBytes: { value: appLoads[0]!.gzipBytes, unit: 'B (gzip)', note: 'every response of a cold load, gzip-compressed as a static host would send it' },
      firstViewRawBytes: { value: appLoads[0]!.transferBytes, unit: 'B' },
      timeToFirstFrameMs: { value: appFrame, unit: 'ms', note: `median of ${COLD_LOADS} cold loads` },
      baselineTimeToFirstFrameMs: { value: baselineFrame, unit: 'ms', note: `median of ${COLD_LOADS} cold loads` },
      firstFrameRatio: { value: appFrame / baselineFrame, unit: '×', budget: '≤ 1.3' },
    };
    writeReport(metrics);
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }
}

await main();
