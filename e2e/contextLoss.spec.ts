import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { StagePage } from './pages/StagePage';

const STAGE_BACKGROUND: [number, number, number] = [0xdc, 0xd8, 0xd1];

/** Loses or restores the stage's WebGL context, as a GPU reset or a driver update does. Resolves with isContextLost(). */
function forceContext(page: Page, action: 'loseContext' | 'restoreContext') {
  return page.evaluate((act) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="stage"] canvas')!;
    const gl = canvas.getContext('webgl2')!;
    // A lost context hands out no extensions: keep the one got before.
    const kept = window as unknown as { loseContextExtension?: WEBGL_lose_context };
    kept.loseContextExtension ??= gl.getExtension('WEBGL_lose_context')!;
    kept.loseContextExtension[act]();
    return new Promise<boolean>((resolve) => setTimeout(() => resolve(gl.isContextLost()), 100));
  }, action);
}

/** Share of pixels that differ clearly from the stage's background, without asking the stage to draw. */
async function foregroundShare(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  let differing = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (STAGE_BACKGROUND.reduce((sum, value, c) => sum + Math.abs(data[i + c]! - value), 0) > 30) differing += 1;
  }
  return differing / (info.width * info.height);
}

/** Mean difference per channel (0–255) between two screenshots of the same size. */
async function meanDifference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((png) => sharp(png).raw().toBuffer()));
  let total = 0;
  for (let i = 0; i < x!.length; i++) total += Math.abs(x![i]! - y![i]!);
  return total / x!.length;
}

test('the avatar comes back, edits intact, after the WebGL context is lost and restored', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await page.evaluate(() => window.avatarAtelier!.wear('hair', 'core/afro01'));
  await page.evaluate(() => window.avatarAtelier!.wear('glasses', 'accessories/round-glasses'));
  await stage.whenRendered();
  const manifest = await stage.manifest();
  const before = await stage.canvas().screenshot();
  expect(await stage.foregroundShare(STAGE_BACKGROUND)).toBeGreaterThan(0.05);

  expect(await forceContext(page, 'loseContext')).toBe(true);
  expect(await foregroundShare(await stage.canvas().screenshot()), 'a lost context shows nothing').toBeLessThan(0.01);
  expect(await forceContext(page, 'restoreContext')).toBe(false);
  // The stage draws on demand in QA mode: the app itself must ask for a frame once the context is back.
  await expect.poll(async () => foregroundShare(await stage.canvas().screenshot()), { message: 'the avatar is drawn again' }).toBeGreaterThan(0.05);
  await stage.whenRendered();
  expect(await meanDifference(before, await stage.canvas().screenshot()), 'as it was, textures and all').toBeLessThan(1);
  expect(await stage.manifest()).toEqual(manifest);

  await page.evaluate(() => window.avatarAtelier!.wear('hair', 'core/bob01'));
  expect((await stage.manifest()).items.hair, 'the editor still works').toBe('core/bob01');
  expect(await stage.foregroundShare(STAGE_BACKGROUND)).toBeGreaterThan(0.05);
});
