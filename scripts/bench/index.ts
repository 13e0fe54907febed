/**
 * `npm run bench`: builds the app and the baseline page, serves both, drives headless Chromium and writes
 * bench-results/latest.json. A benchmark, not a test: it reports numbers and budgets, it does not fail.
 * BENCH_RUNS sets the number of cold loads of each page (default 9: one load moves by ±100 ms on a busy machine);
 * `--no-build` reuses dist/ and bench-dist/; `--only load`, `--only live`, `--only exports`, `--only grid` or
 * `--only packs` runs one group of measurements (for quick checks).
 */
import type { Browser } from '@playwright/test';
import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { launchBrowser } from './browser';
import { initialJsGzipBytes } from './bundle';
import { packReportMetrics } from './designerPacks';
import { cliMetrics, exportMetrics } from './exports';
import { firstAvatarMetrics } from './firstAvatar';
import { gridMetrics } from './grid';
import { leakAfterSwaps, packChoices } from './leaks';
import { idleFrameMs, openWarmPage, sliderUpdateTimes, slotSwapTimes, summarise, tileClickTimes } from './liveAvatar';
import { writeReport, type Metric } from './report';
import { serveStatic } from './serve';

const COLD_LOADS = Number(process.env.BENCH_RUNS ?? 9);
const APP_PORT = 4180;
const BASELINE_PORT = 4181;
const APP_URL = `http://127.0.0.1:${APP_PORT}/?qa`;
const BASELINE_URL = `http://127.0.0.1:${BASELINE_PORT}/`;
/** Hair the default avatar can swap between (the first preset wears long01). */
const SWAP_HAIR = ['core/bob01', 'core/short02', 'core/ponytail01', 'core/long01'];
const LEAK_SLOTS = ['hair', 'outfit', 'footwear', 'eyebrows'];

async function liveMetrics(browser: Browser): Promise<Record<string, Metric>> {
  const page = await openWarmPage(browser, APP_URL);
  const stats = await page.evaluate(() => window.avatarAtelier!.stats());
  const idle = await idleFrameMs(page);
  await page.getByTestId('category.body').click(); // the weight slider lives in the Body category
  const slider = summarise(await timed('slider moves', () => sliderUpdateTimes(page)));
  const swap = summarise(await timed('hair swaps', () => slotSwapTimes(page, 'hair', SWAP_HAIR)));
  const tile = summarise(await timed('tile clicks', () => tileClickTimes(page, SWAP_HAIR)));
  await page.getByTestId('category.body').click(); // the leak run moves the weight slider too
  const leak = await timed('leak run', () => leakAfterSwaps(page, packChoices('dist/packs/core/pack.json', LEAK_SLOTS)));
  await page.close();
  const leakNote = `after ${leak.swaps} seeded random swaps (${LEAK_SLOTS.join(', ')}: every core item), ${leak.sliderMoves} weight moves and a return to the start`;
  return {
    drawCalls: { value: stats.drawCalls, unit: 'calls', budget: '≤ 12', note: 'default dressed avatar, after whenRendered()' },
    triangles: { value: stats.triangles, unit: 'triangles' },
    idleFrameMs: { value: idle, unit: 'ms', note: 'median time between two frames of the still avatar at full resolution' },
    sliderUpdateMsP50: { value: slider.p50, unit: 'ms', note: 'input event on body.weight → first frame after the meshes were reshaped, 40 moves 0.1 ↔ 0.9' },
    sliderUpdateMsP95: { value: slider.p95, unit: 'ms', budget: '≤ 33' },
    sliderApplyMsP50: { value: slider.appliedP50, unit: 'ms', note: 'input event → meshes reshaped (the JS part of sliderUpdateMs)' },
    sliderPresentedMsP95: { value: slider.presentedP95, unit: 'ms', note: 'input event → end of the frame task, when the compositor has the pixels (software compositing reads them back there)' },
    slotSwapMsP50: { value: swap.p50, unit: 'ms', note: 'wear() of downloaded hair → first frame after the director put it on, 30 swaps' },
    slotSwapMsP95: { value: swap.p95, unit: 'ms', budget: '≤ 100' },
    slotSwapApplyMsP50: { value: swap.appliedP50, unit: 'ms', note: 'wear() → item on the avatar (the JS part of slotSwapMs)' },
    slotSwapPresentedMsP95: { value: swap.presentedP95, unit: 'ms', note: 'wear() → end of the frame task, when the compositor has the pixels' },
    interactionToFrameMsTileP50: { value: tile.p50, unit: 'ms', note: 'click on a cached hair tile in the editor → first frame showing it (30 clicks; sliderUpdateMs is the slider through its real input element)' },
    interactionToFrameMsTileP95: { value: tile.p95, unit: 'ms', budget: '≤ 100' },
    leakGeometriesDelta: { value: leak.geometriesDelta, unit: 'geometries', budget: '≤ 2', note: leakNote },
    leakTexturesDelta: { value: leak.texturesDelta, unit: 'textures', budget: '≤ 2', note: leakNote },
    leakProgramsDelta: { value: leak.programsDelta, unit: 'programs', note: leakNote },
    leakHeapGrowthMB: { value: leak.heapGrowthBytes / 1048576, unit: 'MB', budget: '≤ 10', note: `${leakNote}; every choice downloaded before the first measure` },
    assetCacheHeapMB: { value: leak.cacheHeapBytes / 1048576, unit: 'MB', note: 'JS heap taken by downloading every leak-run choice once (the asset cache)' },
  };
}

/** Runs one phase and says how long it took (the whole bench should stay under ~6 minutes). */
async function timed<T>(label: string, phase: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await phase();
  console.log(`bench: ${label} took ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

function sourceState(): Record<string, string> {
  const run = (command: string) => execSync(command, { encoding: 'utf8' }).trim();
  const dirty = run('git --no-optional-locks status --porcelain --untracked-files=no') !== '';
  return { commit: `${run('git rev-parse --short HEAD')}${dirty ? ' + uncommitted changes' : ''}` };
}

/** `--only load|live|exports|grid|packs` runs one group of measurements (for quick checks); by default all run. */
function runs(group: 'load' | 'live' | 'exports' | 'grid' | 'packs'): boolean {
  const at = process.argv.indexOf('--only');
  return at < 0 || process.argv[at + 1] === group;
}

/** Everything measured in headless Chromium: cold loads, the live avatar, the preview grid, browser exports. */
async function measureInBrowser(): Promise<{ report: Record<string, Metric>; exportedManifest: unknown }> {
  const app = await serveStatic('dist', APP_PORT);
  const baseline = await serveStatic('bench-dist/baseline', BASELINE_PORT);
  const browser = await launchBrowser();
  try {
    const load = runs('load') ? await timed('cold loads', () => firstAvatarMetrics(browser, { app: APP_URL, baseline: BASELINE_URL }, COLD_LOADS)) : {};
    const bundle = { initialJsGzipBytes: { value: initialJsGzipBytes('dist'), unit: 'B', budget: '≤ 409600' } };
    const live = runs('live') ? await liveMetrics(browser) : {};
    const grid = runs('grid') ? await timed('preview grid', () => gridMetrics(browser, APP_URL)) : {};
    const exported = runs('exports') ? await timed('exports', () => exportMetrics(browser, APP_URL)) : null;
    const packs = runs('packs') ? await timed('designer pack reports', () => packReportMetrics(browser, APP_URL)) : {};
    return { report: { ...bundle, ...load, ...live, ...grid, ...exported?.metrics, ...packs }, exportedManifest: exported?.manifest ?? null };
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }
}

async function main(): Promise<void> {
  const source = sourceState();
  const loadBefore = loadavg()[0]!;
  if (!process.argv.includes('--no-build')) {
    execSync('npm run build', { stdio: 'inherit' });
    execSync('npx vite build --config bench/baseline/vite.config.ts', { stdio: 'inherit' });
  }
  const { report, exportedManifest } = await measureInBrowser();
  // A server runs the CLI on its own: it is timed once the browser has quit, not next to it.
  const cli = exportedManifest ? cliMetrics(exportedManifest) : {};
  // Other work on this machine slows every number down: the load average says how busy it was.
  const loadAverage = `${loadBefore.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end (1 min)`;
  writeReport({ ...report, ...cli }, { ...source, loadAverage });
}

await main();
