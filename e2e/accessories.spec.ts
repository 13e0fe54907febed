import { expect, test } from '@playwright/test';
import { blockingIssues, validateGlb } from '../scripts/bake/gltfValidation';
import { StagePage } from './pages/StagePage';
import { WardrobePanel } from './pages/WardrobePanel';

test('the shipped accessory pack adds its own tabs; its glasses and backpack go on and come out in the export', async ({ page }) => {
  const stage = new StagePage(page);
  const wardrobe = new WardrobePanel(page);
  await stage.open();
  await stage.whenRendered();
  for (const tab of ['Earrings', 'Necklace', 'Wrist', 'Back', 'Face mask']) await expect(page.getByRole('tab', { name: tab, exact: true })).toBeVisible();

  const before = await stage.stats();
  await wardrobe.chooseSlot('Glasses');
  await page.getByRole('button', { name: 'Round wire glasses' }).click();
  await wardrobe.chooseSlot('Back');
  await page.getByRole('button', { name: 'Backpack' }).click();
  await expect(wardrobe.itemTile('accessories/backpack')).toHaveAttribute('aria-pressed', 'true');
  await stage.whenRendered();
  expect((await stage.manifest()).items).toMatchObject({ glasses: 'accessories/round-glasses', back: 'accessories/backpack' });
  expect((await stage.stats()).triangles).toBeGreaterThan(before.triangles + 10_000);

  const glb = await stage.exportBytes({ format: 'glb', textureAtlas: 'none' });
  expect(blockingIssues(await validateGlb(glb))).toEqual([]);
  const json = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8')) as { meshes: { name: string }[] };
  const names = json.meshes.map((mesh) => mesh.name);
  // One mesh per material of the item (the glasses have frame, lenses and pads): Wolf3D_Glasses or Wolf3D_Glasses_0…
  for (const part of ['Wolf3D_Glasses', 'Wolf3D_Back']) expect(names.some((name) => name === part || name.startsWith(`${part}_`)), part).toBe(true);
});
