import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ColourPanel } from './pages/ColourPanel';
import { ControlsPanel } from './pages/ControlsPanel';
import { EditorPanel } from './pages/EditorPanel';
import { PresetsPanel } from './pages/PresetsPanel';
import { SavePanel } from './pages/SavePanel';
import { StagePage } from './pages/StagePage';
import { WardrobePanel } from './pages/WardrobePanel';

/**
 * One person's session through the real UI, by roles and labels: a preset, body, face, colours and items in several
 * categories, undo/redo, Surprise me, back to the preset, reload, a share link in a new page, then French.
 */
test('a whole editing session: every edit shows in the manifest, survives reload and travels by share link', async ({ page, context, browser }) => {
  test.setTimeout(150_000); // a dozen edits, a reload, a second page and an axe scan
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const [stage, editor, presets, controls, colours, wardrobe, save] = [
    new StagePage(page), new EditorPanel(page), new PresetsPanel(page), new ControlsPanel(page), new ColourPanel(page), new WardrobePanel(page), new SavePanel(page),
  ];
  await stage.open();
  await stage.whenRendered();

  await presets.choose('Kofi');
  const kofi = await stage.manifest();
  expect(kofi.items.hair).toBe('core/short04');
  await expect(presets.resetButton()).toHaveText('Reset to Kofi');

  await controls.open('Body');
  await controls.press('Weight', 'End');
  await controls.open('Face');
  await controls.press('Nose width', 'Home');
  await wardrobe.chooseSlot('Skin');
  await colours.choose('Skin colour', 'Deep');
  await wardrobe.chooseSlot('Hair');
  await wardrobe.itemTile('core/afro01').click();
  await colours.choose('Hair colour', 'Copper');
  await wardrobe.chooseSlot('Brows & lashes');
  await colours.pick('Brow colour', '#336699');
  await wardrobe.chooseSlot('Footwear');
  await wardrobe.itemTile('core/winterboots').click();
  const edited = await stage.manifest();
  expect(edited.body).toMatchObject({ weight: 1, noseWidth: -1 });
  expect(edited.colours).toMatchObject({ hair: '#a4512a', eyebrows: '#336699' });
  expect(edited.items).toMatchObject({ hair: 'core/afro01', footwear: 'core/winterboots' });
  await stage.whenRendered();

  await editor.undo();
  expect((await stage.manifest()).items.footwear).toBe('core/shoes06');
  await editor.redo();
  expect(await stage.manifest()).toEqual(edited);

  await presets.open();
  await presets.surpriseMe();
  expect(await stage.manifest()).not.toEqual(edited);
  await editor.undo();
  expect(await stage.manifest()).toEqual(edited);
  await presets.resetButton().click();
  expect(await stage.manifest()).toEqual(kofi);
  await editor.undo();
  expect(await stage.manifest()).toEqual(edited);

  await page.reload();
  await page.waitForFunction(() => window.avatarAtelier !== undefined);
  await stage.whenRendered();
  expect(await stage.manifest()).toEqual(edited);

  const link = await save.copyShareLink();
  // The link is opened in another browser profile (a friend's), with its own storage: tabs of one profile share theirs.
  const friend = await (await browser.newContext()).newPage();
  await friend.goto(link.replace('/#', '/?qa#'));
  await friend.waitForFunction(() => window.avatarAtelier !== undefined);
  const friendStage = new StagePage(friend);
  await friendStage.whenRendered();
  expect(await friendStage.manifest()).toEqual(edited);

  await editor.switchLanguage('fr');
  await expect(page.getByRole('tab', { name: 'Enregistrer et partager' })).toBeVisible();
  await expect(editor.undoButton()).toHaveAccessibleName('Annuler');
  await new EditorPanel(page).openCategory('Modèles');
  await expect(presets.resetButton()).toHaveText('Revenir à Kofi');
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);
});
