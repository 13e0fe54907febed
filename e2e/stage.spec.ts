import { expect, test } from '@playwright/test';
import { StagePage } from './pages/StagePage';

const STAGE_BACKGROUND: [number, number, number] = [0xdc, 0xd8, 0xd1];

test('the stage renders something in front of its background', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.expectReady();
  const share = await stage.foregroundShare(STAGE_BACKGROUND);
  expect(share).toBeGreaterThan(0.01);
  expect(share).toBeLessThan(0.6);
});

test('a silhouette stands in for the avatar until the avatar is on the stage', async ({ page }) => {
  let releaseBody = () => {};
  const bodyHeld = new Promise<void>((resolve) => (releaseBody = resolve));
  await page.route('**/body/body.glb', async (route) => {
    await bodyHeld;
    await route.continue();
  });
  const stage = new StagePage(page);
  await page.goto('/?qa');
  await expect(page.getByTestId('stage.placeholder')).toBeVisible();
  releaseBody();
  await page.waitForFunction(() => window.avatarAtelier !== undefined);
  await stage.whenRendered();
  await expect(page.getByTestId('stage.placeholder')).toHaveCount(0);
});

test('the QA API reports renderer statistics and frames', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const stats = await stage.stats();
  expect(stats.drawCalls).toBeGreaterThan(0);
  expect(stats.triangles).toBeGreaterThan(100);
  expect(stats.geometries).toBeGreaterThan(0);
  const firstFrameAt = await page.evaluate(() => performance.getEntriesByName('avatar-atelier:first-frame')[0]?.startTime);
  expect(firstFrameAt).toBeGreaterThan(0);
});

test('the QA API is absent without ?qa', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('stage').locator('canvas')).toBeVisible();
  expect(await page.evaluate(() => 'avatarAtelier' in window)).toBe(false);
});

test('camera views change the picture', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  const bodyShare = await stage.foregroundShare(STAGE_BACKGROUND);
  await page.getByRole('button', { name: 'Face' }).click();
  await expect(page.getByRole('button', { name: 'Face' })).toHaveAttribute('aria-pressed', 'true');
  const faceShare = await stage.foregroundShare(STAGE_BACKGROUND);
  expect(faceShare).toBeGreaterThan(bodyShare * 1.5);
});

test('without WebGL the stage explains what is missing and the panel still works', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl')) return null;
      return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  await page.goto('/');
  await expect(page.getByTestId('stage.no-webgl')).toContainText('cannot show 3D graphics');
  await page.getByRole('button', { name: 'Upper body' }).click();
  await expect(page.getByRole('button', { name: 'Upper body' })).toHaveAttribute('aria-pressed', 'true');
});

test('when the core pack cannot be downloaded, the editor says so in plain words instead of loading forever', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.route('**/packs/core/pack.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  await expect(page.getByTestId('presets.failed')).toContainText('could not be loaded (could not download /packs/core/pack.json: 404');
  expect(problems).toEqual([]);
});
