import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { StagePage } from './pages/StagePage';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const BACKGROUND: [number, number, number] = [0xdc, 0xd8, 0xd1];
type Point = { x: number; y: number };

/** Moves fingers on the screen as a touch screen reports them: down, ten steps, up. */
async function gesture(page: Page, paths: [Point, Point][]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) => paths.map(([from, to]) => ({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 10; step += 1) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 10) });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Share of pixels that changed clearly between two screenshots of the same size. */
async function changedShare(before: Buffer, after: Buffer): Promise<number> {
  const [a, b] = await Promise.all([before, after].map((png) => sharp(png).raw().toBuffer({ resolveWithObject: true })));
  let changed = 0;
  for (let i = 0; i < a!.data.length; i += a!.info.channels) {
    if (Math.abs(a!.data[i]! - b!.data[i]!) + Math.abs(a!.data[i + 1]! - b!.data[i + 1]!) + Math.abs(a!.data[i + 2]! - b!.data[i + 2]!) > 30) changed += 1;
  }
  return changed / (a!.info.width * a!.info.height);
}

test('on a touch screen, one finger turns around the avatar and two fingers pinch to zoom', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const box = (await stage.canvas().boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

  const front = await stage.canvas().screenshot();
  await gesture(page, [[{ x: centre.x - 100, y: centre.y }, { x: centre.x + 100, y: centre.y }]]);
  await stage.whenRendered();
  expect(await changedShare(front, await stage.canvas().screenshot()), 'the view turned').toBeGreaterThan(0.05);

  const filledBefore = await stage.foregroundShare(BACKGROUND);
  const pinchOut = (offset: number): [Point, Point] => [{ x: centre.x + offset * 20, y: centre.y }, { x: centre.x + offset * 120, y: centre.y }];
  await gesture(page, [pinchOut(-1), pinchOut(1)]);
  expect(await stage.foregroundShare(BACKGROUND), 'the avatar fills more of the stage after a pinch out').toBeGreaterThan(filledBefore * 1.5);
});
