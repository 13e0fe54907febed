/** Resource and heap growth over a long run of random edits that ends where it started. */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export interface LeakReport {
  /** Renderer resources after the run and the return to the start, minus at the start. */
  geometriesDelta: number;
  texturesDelta: number;
  programsDelta: number;
  /** JS heap after the run minus before it, both after a forced GC and with every choice downloaded before. */
  heapGrowthBytes: number;
  /** JS heap taken by downloading and parsing every choice once (the asset cache, not a leak). */
  cacheHeapBytes: number;
  swaps: number;
  sliderMoves: number;
}

interface Snapshot {
  geometries: number;
  textures: number;
  programs: number;
  heap: number;
}

/** `pack/item` refs of a pack's items in the given slots, read from the built pack.json. */
export function packChoices(packJson: string, slots: string[]): Record<string, string[]> {
  const pack = JSON.parse(readFileSync(packJson, 'utf8')) as { id: string; assets: { id: string; slot: string }[] };
  return Object.fromEntries(slots.map((slot) => [slot, pack.assets.filter((a) => a.slot === slot).map((a) => `${pack.id}/${a.id}`)]));
}

/** The page's JS heap in bytes after two forced garbage collections. */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

async function snapshot(page: Page): Promise<Snapshot> {
  await page.evaluate(() => window.avatarAtelier!.whenRendered());
  const { geometries, textures, programs } = await page.evaluate(() => window.avatarAtelier!.stats());
  return { geometries, textures, programs, heap: await heapUsed(page) };
}

async function returnTo(page: Page, manifest: unknown): Promise<void> {
  const result = await page.evaluate((m) => window.avatarAtelier!.loadManifest(m), manifest);
  if (!result.ok) throw new Error(`the starting manifest was refused: ${result.errors.join('; ')}`);
}

/** Wears every choice once, so that the measured run downloads nothing new. */
async function wearEachOnce(page: Page, choices: Record<string, string[]>): Promise<void> {
  for (const [slot, refs] of Object.entries(choices)) {
    for (const ref of refs) await page.evaluate(([s, r]) => window.avatarAtelier!.wear(s, r), [slot, ref] as const);
  }
}

type Edit = { slot: string; ref: string } | { weight: string };

/** Reproducible numbers in [0, 1) from a seed (mulberry32), so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A reproducible edit list: `swaps` random choices worn, with a weight-slider move after every second one. */
export function randomEdits(choices: Record<string, string[]>, swaps: number, seed = 20261122): Edit[] {
  const random = seededRandom(seed);
  const slots = Object.keys(choices);
  const edits: Edit[] = [];
  for (let i = 0; i < swaps; i += 1) {
    const slot = slots[Math.floor(random() * slots.length)]!;
    const refs = choices[slot]!;
    edits.push({ slot, ref: refs[Math.floor(random() * refs.length)]! });
    if (i % 2 === 1) edits.push({ weight: (0.05 + 0.9 * random()).toFixed(2) });
  }
  return edits;
}

/** Runs the edits in the page: wears wait until on screen, slider moves until a frame shows them. */
async function runEdits(page: Page, edits: Edit[]): Promise<void> {
  await page.evaluate(async (list) => {
    const qa = window.avatarAtelier!;
    const slider = document.querySelector<HTMLInputElement>('[data-testid="body.weight"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    for (const edit of list) {
      if ('ref' in edit) {
        await qa.wear(edit.slot, edit.ref);
        continue;
      }
      const version = qa.sceneVersion();
      setValue.call(slider, edit.weight);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      // The same value as before changes nothing, so no frame would show it: give up waiting after 2 s.
      await Promise.race([qa.whenSceneShown(version), new Promise((resolve) => setTimeout(resolve, 2000))]);
    }
  }, edits);
}

/** `swaps` random item swaps among the choices and slider moves, then back to the starting manifest. */
export async function leakAfterSwaps(page: Page, choices: Record<string, string[]>, swaps = 300): Promise<LeakReport> {
  const start = await page.evaluate(() => window.avatarAtelier!.getManifest());
  const cold = await snapshot(page);
  await wearEachOnce(page, choices);
  await returnTo(page, start);
  const before = await snapshot(page);
  const edits = randomEdits(choices, swaps);
  await runEdits(page, edits);
  await returnTo(page, start);
  const after = await snapshot(page);
  return {
    geometriesDelta: after.geometries - cold.geometries,
    texturesDelta: after.textures - cold.textures,
    programsDelta: after.programs - cold.programs,
    heapGrowthBytes: after.heap - before.heap,
    cacheHeapBytes: before.heap - cold.heap,
    swaps,
    sliderMoves: edits.length - swaps,
  };
}
