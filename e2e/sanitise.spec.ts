import { expect, test } from '@playwright/test';
import { PacksPanel } from './pages/PacksPanel';
import { SavePanel } from './pages/SavePanel';
import { StagePage } from './pages/StagePage';
import { WardrobePanel } from './pages/WardrobePanel';
import { SMALL_PACK_ITEM, smallPackZip } from './support/smallPack';

test('text and links from a pack are shown as text: markup stays inert, a javascript: licence link is no link', async ({ page }) => {
  const markup = '<img src=x onerror="document.title=\'pwned\'">Specs';
  const stage = new StagePage(page);
  await stage.open();
  const packs = new PacksPanel(page);
  await packs.open();
  await packs.openFile('small-pack.zip', await smallPackZip({ licenceUrl: 'javascript:document.title="pwned"', name: markup }));
  await expect(packs.report('small-pack')).toBeVisible({ timeout: 30_000 });

  const wardrobe = new WardrobePanel(page);
  await wardrobe.chooseSlot('Glasses');
  await expect(wardrobe.itemTile(SMALL_PACK_ITEM)).toContainText(markup);
  await wardrobe.itemTile(SMALL_PACK_ITEM).click();
  await stage.whenRendered();

  await new SavePanel(page).open();
  const credits = page.getByTestId('credits');
  await credits.locator('summary').click();
  const entry = credits.getByRole('listitem').filter({ hasText: markup });
  await expect(entry).toContainText('CC0-1.0 (javascript:document.title="pwned")');
  await expect(entry.getByRole('link')).toHaveCount(0);
  await expect(credits.getByRole('link').first(), 'web licence links stay links').toHaveAttribute('href', /^https:\/\//);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.title()).toBe('Avatar Atelier');
});
