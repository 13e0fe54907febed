import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PreviewGridPanel } from './pages/PreviewGridPanel';
import { StagePage } from './pages/StagePage';
import { WardrobePanel } from './pages/WardrobePanel';

/** Triangles of a core item, read from its GLB's JSON chunk: an account independent of the app's reader. */
function trianglesOf(item: string): number {
  const bytes = readFileSync(`public/packs/core/items/${item}.glb`);
  const json = JSON.parse(bytes.subarray(20, 20 + bytes.readUInt32LE(12)).toString('utf8'));
  const primitives: { indices: number }[] = json.meshes.flatMap((mesh: { primitives: unknown[] }) => mesh.primitives);
  return primitives.reduce((sum, primitive) => sum + json.accessors[primitive.indices].count / 3, 0);
}

test('a garment on six bodies: figures, statistics, inspection switches, and Escape frees everything', async ({ page }) => {
  test.setTimeout(120_000);
  const stage = new StagePage(page);
  const wardrobe = new WardrobePanel(page);
  const grid = new PreviewGridPanel(page);
  await stage.open();
  await wardrobe.chooseSlot('Top');
  await wardrobe.itemTile('core/coat').click();
  await stage.whenRendered();
  const stageBefore = await stage.stats();

  await grid.openFromWardrobe('top');
  await expect(page.getByRole('dialog', { name: 'White coat with shearling trim on six bodies' })).toBeVisible();
  await expect(grid.dialog().getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await grid.stats()).toMatchObject({ item: 'core/coat', status: 'shown', bodies: 6, bodiesWearing: 6 });
  expect(await grid.figuresPerCell()).toEqual([1, 1, 1, 1, 1, 1]);
  await expect(grid.stat('triangles')).toHaveText(trianglesOf('coat').toLocaleString('en'));
  await expect(grid.stat('wearing')).toHaveText('6 of 6');
  await expect(grid.stat('textures')).toContainText('512×512');
  const axe = await new AxeBuilder({ page }).include('[data-testid="previewGrid.dialog"]').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  let picture = await grid.picture();
  for (const [button, inspection] of [['Item', { wireframe: 'item' }], ['Skeleton', { skeleton: true }], ['Bounding box', { bounds: true }]] as const) {
    await grid.inspect(button, inspection);
    const changed = await grid.picture();
    expect(changed.equals(picture), `${button} changes the picture`).toBe(false);
    picture = changed;
  }
  expect((await grid.stats()).lines).toBeGreaterThan(0);

  await page.keyboard.press('Escape');
  await expect(grid.dialog()).toBeHidden();
  await expect(grid.previewButton('top')).toBeFocused();
  // Right after freeing its avatars the grid's renderer holds nothing (on a GPU, where the grid keeps physically
  // based materials, three.js keeps one texture of its own for them until the renderer goes: docs/qa.md).
  expect((await grid.stats()).leftAfterClose).toEqual({ geometries: 0, textures: 0, programs: 0 });
  await stage.whenRendered();
  expect(await stage.stats()).toMatchObject({ geometries: stageBefore.geometries, textures: stageBefore.textures, programs: stageBefore.programs });
});

test('an item worn on the head is framed at the faces, lined up at one height', async ({ page }) => {
  const stage = new StagePage(page);
  const grid = new PreviewGridPanel(page);
  await stage.open();
  await page.evaluate(() => window.avatarAtelier!.previewGrid('core/fedora'));
  expect(await grid.figuresPerCell()).toEqual([1, 1, 1, 1, 1, 1]);
  // Every hat's crown within 3 % of a cell's height of the others, though the bodies are 1.45 to 1.85 m tall.
  const tops = await grid.figureTops();
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(0.03);
  expect(Math.min(...tops)).toBeGreaterThan(0.15);
  await expect(grid.stat('triangles')).toHaveText(trianglesOf('fedora').toLocaleString('en'));
  await grid.dialog().getByRole('button', { name: 'Close' }).click();
  await expect(grid.dialog()).toBeHidden();
});

test('an item that cannot be downloaded says why, and the grid still closes', async ({ page }) => {
  await page.route('**/items/tubetop.glb', (route) => route.fulfill({ status: 404, body: 'missing' }));
  const stage = new StagePage(page);
  const grid = new PreviewGridPanel(page);
  await stage.open();
  const failure = await page.evaluate(() => window.avatarAtelier!.previewGrid('core/tubetop').then(() => 'shown', (error: Error) => error.message));
  expect(failure).toContain('404');
  await expect(grid.dialog().getByRole('alert')).toContainText('This item cannot be shown');
  await page.keyboard.press('Escape');
  await expect(grid.dialog()).toBeHidden();
});
