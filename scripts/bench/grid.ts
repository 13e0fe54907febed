/** The preview grid in one warm page: frames per second of its canvas drawing continuously, a garment previewed. */
import type { Browser, Page } from '@playwright/test';
import { openWarmPage } from './liveAvatar';
import type { Metric } from './report';

const GRID_ITEM = 'core/coat';
const MEASURE_MS = 3000;

/**
 * Frames the grid draws in a few seconds when asked for one after another (each as soon as the last was drawn), the
 * way its camera's moves ask. `moving` draws them as during a move: at the lowered resolution of a software renderer.
 */
function gridFps(page: Page, moving: boolean): Promise<number> {
  return page.evaluate(
    async ({ ms, move }) => {
      const qa = window.avatarAtelier!;
      for (let i = 0; i < 3; i += 1) await qa.previewGridNextFrame(move); // the resolution settles first
      const start = performance.now();
      let frames = 0;
      while (performance.now() - start < ms) {
        await qa.previewGridNextFrame(move);
        frames += 1;
      }
      return frames / ((performance.now() - start) / 1000);
    },
    { ms: MEASURE_MS, move: moving },
  );
}

export async function gridMetrics(browser: Browser, url: string): Promise<Record<string, Metric>> {
  const page = await openWarmPage(browser, url);
  await page.evaluate((ref) => window.avatarAtelier!.previewGrid(ref), GRID_ITEM);
  const moving = await gridFps(page, true);
  await new Promise((resolve) => setTimeout(resolve, 500)); // back to full resolution (after 300 ms)
  const still = await gridFps(page, false);
  const stats = await page.evaluate(() => window.avatarAtelier!.previewGridStats());
  await page.close();
  const what = `${GRID_ITEM} on six bodies, 1280×800 page, ${MEASURE_MS / 1000} s of frames drawn back to back`;
  return {
    packGridFps: { value: moving, unit: 'fps', budget: '≥ 20', note: `${what}, as while the grid's camera moves (a software renderer draws those at half resolution)` },
    packGridFpsFullResolution: { value: still, unit: 'fps', note: `${what}, at full resolution` },
    packGridDrawCalls: { value: stats.drawCalls, unit: 'calls', note: 'one frame of the grid, all six cells' },
    packGridTriangles: { value: stats.triangles, unit: 'triangles', note: 'one frame of the grid, all six cells' },
  };
}
