/** Resource and heap growth over a long run of random edits that ends where it started. */
import type { Page } from '@playwright/test';

export interface LeakReport {
  geometriesDelta: number;
  texturesDelta: number;
  heapGrowthBytes: number;
  edits: number;
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

async function snapshot(page: Page) {
  await page.evaluate(() => window.avatarAtelier!.whenRendered());
  const stats = await page.evaluate(() => window.avatarAtelier!.stats());
  return { ...stats, heap: await heapUsed(page) };
}

/** `edits` random item swaps and slider moves among the given choices, then back to the starting manifest. */
export async function leakAfterSwaps(page: Page, choices: Record<string, string[]>, edits = 300): Promise<LeakReport> {
  const start = await page.evaluate(() => window.avatarAtelier!.getManifest());
  const before = await snapshot(page);
  await page.evaluate(
    async ([options, count]) => {
      const qa = window.avatarAtelier!;
      const slots = Object.keys(options);
      const slider = document.querySelector<HTMLInputElement>('[data-testid="body.weight"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      for (let i = 0; i < (count as number); i += 1) {
        if (i % 3 === 2) {
          setValue.call(slider, String(Math.random()));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          continue;
        }
        const slot = slots[Math.floor(Math.random() * slots.length)]!;
        const list = (options as Record<string, string[]>)[slot]!;
        await qa.wear(slot, list[Math.floor(Math.random() * list.length)]!);
      }
    },
    [choices, edits] as const,
  );
  await page.evaluate((manifest) => window.avatarAtelier!.loadManifest(manifest), start);
  const after = await snapshot(page);
  return { geometriesDelta: after.geometries - before.geometries, texturesDelta: after.textures - before.textures, heapGrowthBytes: after.heap - before.heap, edits };
}
