/** Live-avatar measurements in one warm page: frame cost, slider updates and item swaps, timed inside the page. */
import type { Browser, Page } from '@playwright/test';
import { median, percentile } from './browser';

/** One timed edit, in ms from the edit (all measured in the page). */
export interface EditTiming {
  /** The avatar's meshes were updated. */
  applied: number;
  /** The first frame after that was rendered (WebGL commands issued: the budgeted number). */
  shown: number;
  /**
   * The first task after that frame's task. The compositor takes the frame's pixels at the end of that task; with
   * software compositing (SwiftShader) it reads the canvas back there, waiting for the rasteriser.
   */
  presented: number;
}

declare global {
  interface Window {
    /** The bench's in-page timer (see installEditTimer). */
    benchTimeEdit?: (version: number, start: number, what: string) => Promise<EditTiming>;
  }
}

export async function openWarmPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => window.avatarAtelier !== undefined);
  await page.evaluate(() => window.avatarAtelier!.ready);
  await page.evaluate(() => window.avatarAtelier!.whenRendered());
  await installEditTimer(page);
  return page;
}

/**
 * Defines `window.benchTimeEdit(version, start, what)` in the page: after an edit made at `start`, it waits for the
 * meshes to change and the first frame showing them, then for the next task (when the compositor has the pixels),
 * and returns the three times from `start`. One definition for every timed edit.
 */
async function installEditTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.benchTimeEdit = async (version, start, what) => {
      const qa = window.avatarAtelier!;
      const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no frame showed ${what} within 10 s`)), 10_000));
      const [applied, shown] = await Promise.race([Promise.all([qa.whenSceneChanged(version), qa.whenSceneShown(version)]), late]);
      const presented = await new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.addEventListener('message', () => resolve(performance.now()));
        channel.port1.start();
        channel.port2.postMessage(null);
      });
      return { applied: applied - start, shown: shown - start, presented: presented - start };
    };
  });
}

/** Median time between two rendered frames of the still avatar, at full resolution (after any lowered one). */
export async function idleFrameMs(page: Page, frames = 20): Promise<number> {
  const ends = await page.evaluate(async (count) => {
    const qa = window.avatarAtelier!;
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the stage's adaptive resolution recovers after 300 ms
    const times: number[] = [];
    for (let i = 0; i <= count; i += 1) times.push(await qa.nextFrame());
    return times;
  }, frames);
  return median(ends.slice(1).map((end, i) => end - ends[i]!));
}

// Functions passed to page.evaluate run in the page as source text: they must not define named inner
// functions (tsx's name helper does not exist there), so they use inline callbacks only.

/**
 * Input event on the real weight slider (as React sees a drag) → meshes reshaped → first frame showing them. Each
 * move starts in a fresh task once the previous frame was presented, as a drag's frame-aligned input event does.
 */
export async function sliderUpdateTimes(page: Page, moves = 40): Promise<EditTiming[]> {
  return page.evaluate(async (count) => {
    const qa = window.avatarAtelier!;
    const slider = document.querySelector<HTMLInputElement>('[data-testid="body.weight"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const times: { applied: number; shown: number; presented: number }[] = [];
    for (let i = 0; i < count; i += 1) {
      const version = qa.sceneVersion();
      const start = performance.now();
      setValue.call(slider, String(i % 2 ? 0.1 : 0.9));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      times.push(await window.benchTimeEdit!(version, start, 'a slider move'));
    }
    return times;
  }, moves);
}

/** Swaps between items already downloaded (each worn once first) → item on the avatar → first frame showing it. */
export async function slotSwapTimes(page: Page, slot: string, refs: string[], swaps = 30): Promise<EditTiming[]> {
  for (const ref of refs) await page.evaluate(([s, r]) => window.avatarAtelier!.wear(s, r), [slot, ref] as const);
  return page.evaluate(
    async ({ s, list, count }) => {
      const qa = window.avatarAtelier!;
      const times: { applied: number; shown: number; presented: number }[] = [];
      for (let i = 0; i < count; i += 1) {
        const version = qa.sceneVersion();
        const start = performance.now();
        const worn = qa.wear(s, list[i % list.length]!);
        times.push(await window.benchTimeEdit!(version, start, 'a swap'));
        await worn; // settled (variants, item state) before the next swap, and that frame's pixels presented
        await new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.addEventListener('message', () => resolve());
          channel.port1.start();
          channel.port2.postMessage(null);
        });
      }
      return times;
    },
    { s: slot, list: refs, count: swaps },
  );
}

/**
 * A click on a cached item tile in the editor (the real button, as a user's click reaches React) → first frame
 * showing the item. The Hair category is open, so the camera frames the face as a user would see it. Clicks come
 * a moment apart, as a person's do, each on a settled page: back-to-back clicks would time the software rasteriser
 * still drawing the previous frame (a face close-up takes 130–390 ms to rasterise on this machine's CPU).
 */
export async function tileClickTimes(page: Page, refs: string[], clicks = 30): Promise<EditTiming[]> {
  await page.getByTestId('category.hair').click();
  for (const ref of refs) await page.evaluate((r) => window.avatarAtelier!.wear('hair', r), ref);
  return page.evaluate(
    async ({ list, count }) => {
      const qa = window.avatarAtelier!;
      const times: { applied: number; shown: number; presented: number }[] = [];
      for (let i = 0; i < count; i += 1) {
        const tile = document.querySelector<HTMLButtonElement>(`[data-testid="wardrobe.item.${list[i % list.length]!.replace('/', '.')}"]`)!;
        const version = qa.sceneVersion();
        const start = performance.now();
        tile.click();
        times.push(await window.benchTimeEdit!(version, start, 'a tile click'));
        await qa.whenRendered();
        await new Promise((resolve) => setTimeout(resolve, 600)); // the person looks at the result, then clicks again
      }
      return times;
    },
    { list: refs, count: clicks },
  );
}

export interface EditSummary {
  p50: number;
  p95: number;
  appliedP50: number;
  presentedP95: number;
}

export function summarise(times: EditTiming[]): EditSummary {
  const shown = times.map((t) => t.shown);
  return {
    p50: percentile(shown, 50),
    p95: percentile(shown, 95),
    appliedP50: percentile(times.map((t) => t.applied), 50),
    presentedP95: percentile(times.map((t) => t.presented), 95),
  };
}
