import { expect, test } from '@playwright/test';
import { EditorPanel } from './pages/EditorPanel';
import { StagePage } from './pages/StagePage';
import { WardrobePanel } from './pages/WardrobePanel';

const STAGE_BACKGROUND: [number, number, number] = [0xdc, 0xd8, 0xd1];
/** Rows of the full-body view from the chest to the thighs (fractions of the canvas height). */
const TORSO_ROWS: [number, number] = [0.4, 0.7];

test('the default avatar’s face fills the face camera as in the reference picture', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await page.getByRole('button', { name: 'Face' }).click();
  await stage.whenRendered();
  expect(await stage.foregroundShare(STAGE_BACKGROUND)).toBeGreaterThan(0.2);
  await expect(stage.canvas()).toHaveScreenshot('default-face.png', { maxDiffPixelRatio: 0.03, threshold: 0.25 });
});

test('the dressed default avatar stays within its draw-call budget', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const stats = await stage.stats();
  expect(stats.drawCalls).toBeGreaterThanOrEqual(7);
  expect(stats.drawCalls).toBeLessThanOrEqual(12);
  expect(stats.triangles).toBeGreaterThan(30_000);
});

test('moving the weight slider changes the silhouette', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  const before = await stage.foregroundShare(STAGE_BACKGROUND, TORSO_ROWS);
  await new EditorPanel(page).openCategory('Body');
  const weight = page.getByRole('slider', { name: 'Weight' });
  await weight.focus();
  await weight.press('End');
  await expect(weight).toHaveValue('1');
  const after = await stage.foregroundShare(STAGE_BACKGROUND, TORSO_ROWS);
  // A heavier body is wider at the chest, waist and hips (about 11 % at the waist from weight 0.45 to 1).
  expect(after).toBeGreaterThan(before * 1.03);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(weight).not.toHaveValue('1');
});

test('swapping an item changes the statistics and the picture', async ({ page }) => {
  const stage = new StagePage(page);
  const wardrobe = new WardrobePanel(page);
  await stage.open();
  // Opening the category moves the camera to the face first: compare within that view.
  await wardrobe.chooseSlot('Hair');
  await stage.whenRendered();
  const before = { stats: await stage.stats(), picture: await stage.canvas().screenshot() };
  await wardrobe.itemTile('core/afro01').click();
  await expect(wardrobe.itemTile('core/afro01')).toHaveAttribute('aria-pressed', 'true');
  await stage.whenRendered();
  const after = { stats: await stage.stats(), picture: await stage.canvas().screenshot() };
  expect(after.stats.triangles).not.toBe(before.stats.triangles);
  expect(after.picture.equals(before.picture)).toBe(false);
});

test('an item that fails to download is marked unavailable and the avatar stays as it was', async ({ page }) => {
  await page.route('**/items/bob02.glb', (route) => route.fulfill({ status: 404, body: 'missing' }));
  const stage = new StagePage(page);
  const wardrobe = new WardrobePanel(page);
  await stage.open();
  await wardrobe.chooseSlot('Hair');
  await stage.whenRendered();
  const before = await stage.stats();
  await wardrobe.itemTile('core/bob02').click();
  await expect(wardrobe.itemTile('core/bob02')).toHaveAttribute('data-state', 'broken');
  await expect(wardrobe.itemTile('core/bob02')).toContainText('Unavailable');
  await stage.whenRendered();
  expect((await stage.stats()).triangles).toBe(before.triangles);
});

test('an item still downloading shows a loading state at once', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/items/ponytail01.glb', async (route) => {
    await held;
    await route.continue();
  });
  const stage = new StagePage(page);
  const wardrobe = new WardrobePanel(page);
  await stage.open();
  await wardrobe.chooseSlot('Hair');
  await wardrobe.itemTile('core/ponytail01').click();
  await expect(wardrobe.itemTile('core/ponytail01')).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(wardrobe.itemTile('core/ponytail01')).toHaveAttribute('data-state', 'ready');
});

test('a free skin colour changes the picture and undoes in one step', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await page.getByRole('button', { name: 'Face' }).click();
  await stage.whenRendered();
  const before = await stage.canvas().screenshot();
  await new EditorPanel(page).openCategory('Skin');
  await page.getByRole('group', { name: 'Skin colour' }).getByLabel('Any colour').fill('#6b4530');
  await stage.whenRendered();
  const dark = await stage.canvas().screenshot();
  expect(dark.equals(before)).toBe(false);
  const manifest = await page.evaluate(() => window.avatarAtelier!.getManifest());
  expect(manifest.colours.skin).toBe('#6b4530');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await page.evaluate(() => window.avatarAtelier!.getManifest())).colours.skin).toBeUndefined();
});
