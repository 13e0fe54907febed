import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { StagePage } from './pages/StagePage';

test('"Surprise me" makes a different, valid avatar in one undoable step', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const before = await page.evaluate(() => window.avatarAtelier!.getManifest());
  let after = before;
  // A random draw may repeat the avatar; three tries make that vanishingly unlikely.
  for (let attempt = 0; attempt < 3 && JSON.stringify(after.items) === JSON.stringify(before.items); attempt += 1) {
    await page.getByRole('button', { name: 'Surprise me' }).click();
    after = await page.evaluate(() => window.avatarAtelier!.getManifest());
  }
  expect(after.items).not.toEqual(before.items);
  expect(await page.evaluate((m) => window.avatarAtelier!.loadManifest(m), after)).toEqual({ ok: true });
  await stage.whenRendered();
  expect(await page.evaluate(() => window.avatarAtelier!.stats().drawCalls)).toBeGreaterThan(3);
  while (await page.getByRole('button', { name: 'Undo' }).isEnabled()) await page.getByRole('button', { name: 'Undo' }).click();
  expect(await page.evaluate(() => window.avatarAtelier!.getManifest())).toEqual(before);
});

test('an unreadable save starts the editor from a preset, says so, and can be downloaded as it was', async ({ page }) => {
  const garbage = '{"state": {"avatar": "this is not an avatar"}, "version": 1}';
  await page.addInitScript((raw) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('avatar-atelier:state', raw);
    sessionStorage.setItem('seeded', 'yes');
  }, garbage);
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  expect(Object.keys((await page.evaluate(() => window.avatarAtelier!.getManifest())).items).length).toBeGreaterThan(3);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable save' }).click();
  const download = await downloading;
  expect(await readFile(await download.path(), 'utf8')).toBe(garbage);
});

test('categories work from the keyboard; a face slider and its group reset are one undo step each', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  await page.getByRole('tab', { name: 'Presets' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Face', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Face', exact: true })).toBeFocused();

  const nose = page.getByRole('slider', { name: 'Nose width' });
  await nose.focus();
  await nose.press('End');
  await expect.poll(async () => (await page.evaluate(() => window.avatarAtelier!.getManifest())).body.noseWidth).toBe(1);
  await page.getByRole('button', { name: 'Reset Nose', exact: true }).click();
  await expect.poll(async () => (await page.evaluate(() => window.avatarAtelier!.getManifest())).body.noseWidth).toBeUndefined();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await page.evaluate(() => window.avatarAtelier!.getManifest())).body.noseWidth).toBe(1);
});

test('putting on a top takes the outfit off, says so, and the notice offers undo; hovering a tile starts its download', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const outfit = (await page.evaluate(() => window.avatarAtelier!.getManifest())).items.outfit;
  expect(outfit).toBeDefined();
  await page.getByRole('tab', { name: 'Top', exact: true }).click();
  const download = page.waitForRequest('**/items/coat.glb');
  await page.getByTestId('wardrobe.item.core.coat').hover();
  await download;
  await page.getByTestId('wardrobe.item.core.coat').click();
  await expect(page.getByTestId('notice')).toContainText('took off: Outfit');
  expect((await page.evaluate(() => window.avatarAtelier!.getManifest())).items.outfit).toBeUndefined();
  await page.getByTestId('notice').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('notice')).toHaveCount(0);
  const items = (await page.evaluate(() => window.avatarAtelier!.getManifest())).items;
  expect([items.outfit, items.top]).toEqual([outfit, undefined]);
});

test('a named hair swatch colours the hair in one step', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  await page.getByRole('tab', { name: 'Hair', exact: true }).click();
  const copper = page.getByRole('group', { name: 'Hair colour' }).getByRole('button', { name: 'Copper' });
  await copper.click();
  await expect(copper).toHaveAttribute('aria-pressed', 'true');
  expect((await page.evaluate(() => window.avatarAtelier!.getManifest())).colours.hair).toBe('#a4512a');
});
