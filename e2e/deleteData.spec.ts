import { expect, test } from '@playwright/test';
import { PacksPanel } from './pages/PacksPanel';
import { PrivacySection } from './pages/PrivacySection';
import { StagePage } from './pages/StagePage';
import { WardrobePanel } from './pages/WardrobePanel';
import { SMALL_PACK_ITEM, smallPackZip } from './support/smallPack';

test('"Delete all my data" names what the browser keeps, deletes it and starts a fresh editor', async ({ page }) => {
  const stage = new StagePage(page);
  const privacy = new PrivacySection(page);
  await stage.open();
  await stage.whenRendered();
  const fresh = { manifest: await stage.manifest(), stored: await privacy.stored() };

  await page.evaluate(() => window.avatarAtelier!.wear('hair', 'core/afro01'));
  const packs = new PacksPanel(page);
  await packs.open();
  await packs.openFile('small-pack.zip', await smallPackZip());
  await expect(packs.report('small-pack')).toBeVisible({ timeout: 30_000 });
  const wardrobe = new WardrobePanel(page);
  await wardrobe.chooseSlot('Glasses');
  await wardrobe.itemTile(SMALL_PACK_ITEM).click();
  await stage.whenRendered();
  await expect.poll(async () => (await privacy.stored()).databases).toContain('avatar-atelier-packs');

  const confirmation = await privacy.askToDelete();
  await expect(confirmation.getByTestId('privacy.stored').getByRole('listitem')).toHaveText([
    'your saved avatar and editor settings (language, camera view)',
    'designer packs kept in this browser: small-pack.zip',
  ]);
  await privacy.confirmDelete();
  await stage.whenRendered();

  expect(await stage.manifest(), 'the first visit’s avatar').toEqual(fresh.manifest);
  expect(await privacy.stored(), 'nothing kept but what a first visit keeps').toEqual(fresh.stored);
  expect(fresh.stored.databases).toEqual([]);
  await wardrobe.chooseSlot('Glasses');
  await expect(wardrobe.itemTile(SMALL_PACK_ITEM)).toHaveCount(0);
  await packs.open();
  await expect(packs.report('small-pack')).toHaveCount(0);
});

test('cancelling deletes nothing', async ({ page }) => {
  const stage = new StagePage(page);
  const privacy = new PrivacySection(page);
  await stage.open();
  await page.evaluate(() => window.avatarAtelier!.wear('hair', 'core/afro01'));
  const before = await privacy.stored();
  await privacy.askToDelete();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('privacy.confirm')).toHaveCount(0);
  expect(await privacy.stored()).toEqual(before);
  expect((await stage.manifest()).items.hair).toBe('core/afro01');
});
