import { expect, test } from '@playwright/test';
import { SavePanel } from './pages/SavePanel';
import { StagePage } from './pages/StagePage';

test('a share link opens the same avatar in a new page, and undo brings back the one that was there', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  await page.evaluate(() => window.avatarAtelier!.wear('hair', 'core/afro01'));
  const shared = await page.evaluate(() => window.avatarAtelier!.getManifest());
  const link = await new SavePanel(page).copyShareLink();
  await expect(page.getByTestId('notice')).toContainText('Link copied');
  expect(link).toMatch(/#avatar=[A-Za-z0-9_-]+$/);

  // The link is opened in another browser profile (a friend's), with its own storage: tabs of one profile share theirs.
  const other = await (await browser.newContext()).newPage();
  const otherStage = new StagePage(other);
  await other.goto(link.replace('/#', '/?qa#'));
  await other.waitForFunction(() => window.avatarAtelier !== undefined);
  await expect(other.getByTestId('notice')).toContainText('Opened the shared avatar');
  await otherStage.whenRendered();
  expect(await other.evaluate(() => window.avatarAtelier!.getManifest())).toEqual(shared);
  expect(new URL(other.url()).hash).toBe('');
  await other.getByRole('button', { name: 'Undo' }).click();
  expect((await other.evaluate(() => window.avatarAtelier!.getManifest())).items.hair).not.toBe('core/afro01');
});

test('a damaged share link says so and leaves the avatar as it was', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const before = await page.evaluate(() => window.avatarAtelier!.getManifest());
  await page.goto('/?qa#avatar=eJyrVkrLz1cqTi0qS8', { waitUntil: 'load' });
  await page.reload();
  await page.waitForFunction(() => window.avatarAtelier !== undefined);
  await expect(page.getByRole('alert')).toContainText('could not be opened');
  expect(await page.evaluate(() => window.avatarAtelier!.getManifest())).toEqual(before);
});

test('importing a manifest file loads what is available, names what was skipped, and refuses files that are not manifests', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const manifest = { format: 'avatar-atelier/manifest', version: 1, items: { hair: 'core/bob01', outfit: 'core/unknown-coat' }, colours: { hair: '#aa3311' } };
  const save = new SavePanel(page);
  await save.importFile('friend.avatar.json', JSON.stringify(manifest));
  await expect(page.getByTestId('notice')).toContainText('Imported friend.avatar.json without core/unknown-coat');
  const loaded = await page.evaluate(() => window.avatarAtelier!.getManifest());
  expect(loaded.items).toEqual({ hair: 'core/bob01' });
  expect(loaded.colours.hair).toBe('#aa3311');

  await save.importFile('photo.json', 'not json');
  await expect(page.getByRole('alert')).toContainText('photo.json could not be imported: it is not a JSON file');
  await save.importFile('future.json', JSON.stringify({ ...manifest, version: 9 }));
  await expect(page.getByRole('alert')).toContainText('newer Avatar Atelier');
  expect(await page.evaluate(() => window.avatarAtelier!.getManifest())).toEqual(loaded);
});
