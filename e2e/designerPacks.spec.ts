import { expect, test } from '@playwright/test';
import { blockingIssues, validateGlb } from '../scripts/bake/gltfValidation';
import { buildTestPackZip } from '../src/packs/validate/testFixtures';
import { coreSkeletonForTests } from '../src/packs/validate/testCore';
import { rigidAccessoryGlb } from '../src/packs/validate/testGlbs';
import { PacksPanel } from './pages/PacksPanel';
import { PreviewGridPanel } from './pages/PreviewGridPanel';
import { StagePage } from './pages/StagePage';
import { WardrobePanel } from './pages/WardrobePanel';

test('a designer opens a pack zip of good and bad assets, reads the report, wears a good item and exports it', async ({ page }) => {
  test.setTimeout(240_000); // a whole designer session: a 10 MB pack checked, reloaded, worn, exported, kept over a reload
  const testPack = await buildTestPackZip(await coreSkeletonForTests());
  const stage = new StagePage(page);
  const packs = new PacksPanel(page);
  await stage.open();
  await stage.whenRendered();
  const before = await stage.manifest();

  await packs.open();
  await packs.openFile('test-pack.zip', testPack.zip);
  await expect(packs.report('test-pack')).toBeVisible({ timeout: 30_000 });
  const shown = await packs.findingCodes('test-pack');
  for (const { code } of testPack.expected) expect(shown, `the report shows ${code}`).toContain(code);
  expect(await packs.findingCodes('test-pack', 'tee')).toEqual([]);
  expect(await stage.manifest(), 'opening a pack changes nothing on the avatar').toEqual(before);

  const wardrobe = new WardrobePanel(page);
  await wardrobe.chooseSlot('Glasses');
  await wardrobe.itemTile('test-pack/round-glasses').click();
  await expect(wardrobe.itemTile('test-pack/round-glasses')).toHaveAttribute('aria-pressed', 'true');
  await stage.whenRendered();
  expect((await stage.manifest()).items.glasses).toBe('test-pack/round-glasses');
  expect(await wardrobe.itemTile('test-pack/broken-buffer').count(), 'assets with errors are not offered').toBe(0);

  const grid = new PreviewGridPanel(page);
  await grid.openFromWardrobe('glasses');
  expect(await grid.stats(), 'the pack item on all six preview bodies').toMatchObject({ item: 'test-pack/round-glasses', bodies: 6, bodiesWearing: 6 });
  await page.keyboard.press('Escape');
  await expect(grid.dialog()).toBeHidden();

  // Reload (a designer's new version): the worn item is put on again from the pack's files.
  const version = await page.evaluate(() => window.avatarAtelier!.sceneVersion());
  await packs.open();
  await packs.page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByTestId('notice')).toContainText('Opened test-pack.zip');
  await expect.poll(() => page.evaluate(() => window.avatarAtelier!.sceneVersion())).toBeGreaterThan(version);
  expect((await stage.manifest()).items.glasses).toBe('test-pack/round-glasses');

  await wardrobe.chooseSlot('Accessory');
  await expect(wardrobe.itemTile('test-pack/belt').locator('img'), 'a thumbnail the pack lacks is drawn from the model').toHaveAttribute('src', /^blob:/);

  const glb = await stage.exportBytes({ format: 'glb', textureAtlas: 'none' });
  expect(blockingIssues(await validateGlb(glb))).toEqual([]);
  const json = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8')) as { meshes: { name: string }[] };
  expect(json.meshes.map((mesh) => mesh.name)).toContain('Wolf3D_Glasses');

  await page.reload();
  await page.waitForFunction(() => window.avatarAtelier !== undefined);
  await stage.whenRendered();
  expect((await stage.manifest()).items.glasses, 'the pack and the avatar wearing it survive a reload').toBe('test-pack/round-glasses');
});

test('a lone GLB whose name says nothing is asked its slot; the answer moves it, worn, and is kept', async ({ page }) => {
  test.setTimeout(120_000);
  const head = (await coreSkeletonForTests()).joints.find((joint) => joint.name === 'Head')!.position;
  const glb = await rigidAccessoryGlb({ centre: [head[0], head[1] + 0.12, head[2]], size: [0.2, 0.08, 0.22] });
  const stage = new StagePage(page);
  const packs = new PacksPanel(page);
  const wardrobe = new WardrobePanel(page);
  const ref = 'draft-model_03/model_03';
  await stage.open();
  await packs.open();
  await packs.openFile('model_03.glb', glb);
  const question = page.getByText('Which slot does model_03.glb go in?');
  await expect(question).toBeVisible({ timeout: 30_000 });
  const slot = page.getByRole('combobox', { name: 'Slot' });
  await expect(slot).toHaveValue('accessory');

  await wardrobe.chooseSlot('Accessory');
  await wardrobe.itemTile(ref).click();
  await stage.whenRendered();
  expect((await stage.manifest()).items.accessory).toBe(ref);

  await packs.open();
  await slot.selectOption('headwear');
  await expect(question).toBeHidden();
  await expect(slot).toHaveValue('headwear');
  await expect.poll(async () => (await stage.manifest()).items).toMatchObject({ headwear: ref });
  expect((await stage.manifest()).items.accessory, 'the item moved with its slot').toBeUndefined();
  await expect(page.getByTestId('packs.asset.model_03')).toContainText('headwear');

  await page.reload();
  await page.waitForFunction(() => window.avatarAtelier !== undefined);
  await stage.whenRendered();
  expect((await stage.manifest()).items.headwear, 'the choice and the avatar wearing it survive a reload').toBe(ref);
  await packs.open();
  await expect(page.getByRole('combobox', { name: 'Slot' })).toHaveValue('headwear');
  await expect(question).toBeHidden();
});
