/** Live-avatar measurements in one warm page: slider updates, item swaps, draw calls and leaks. */
import type { Browser, Page } from '@playwright/test';
import { percentile } from './browser';

export async function openWarmPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => window.avatarAtelier !== undefined);
  await page.evaluate(() => window.avatarAtelier!.ready);
  await page.evaluate(() => window.avatarAtelier!.whenRendered());
  return page;
}

/** Input event on the real weight slider → first frame showing the reshaped avatar, `moves` times. */
export async function sliderUpdateTimes(page: Page, moves = 40): Promise<number[]> {
  return page.evaluate(async (count) => {
    const qa = window.avatarAtelier!;
    const slider = document.querySelector<HTMLInputElement>('[data-testid="body.weight"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const times: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const version = qa.sceneVersion();
      const start = performance.now();
      setValue.call(slider, String(i % 2 ? 0.1 : 0.9));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      times.push((await qa.whenSceneShown(version)) - start);
    }
    return times;
  }, moves);
}

/** Swaps between already-downloaded items (warmed first) → first frame showing the swap. */
export async function slotSwapTimes(page: Page, slot: string, refs: string[], swaps = 30): Promise<number[]> {
  for (const ref of refs) await page.evaluate(([s, r]) => window.avatarAtelier!.wear(s!, r!), [slot, ref]);
  return page.evaluate(
    async ([s, list, count]) => {
      const qa = window.avatarAtelier!;
      const times: number[] = [];
      for (let i = 0; i < (count as number); i += 1) {
        const version = qa.sceneVersion();
        const start = performance.now();
        void qa.wear(s as string, (list as string[])[i % (list as string[]).length]!);
        times.push((await qa.whenSceneShown(version)) - start);
        await qa.whenRendered();
      }
      return times;
    },
    [slot, refs, swaps] as const,
  );
}

export function summarise(times: number[]): { p50: number; p95: number } {
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
