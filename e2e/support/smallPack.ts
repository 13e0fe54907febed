/** A small designer pack for end-to-end tests: one textured pair of glasses, as a zip a designer would open. */
import { expect, type Page } from '@playwright/test';
import { PacksPanel } from '../pages/PacksPanel';
import { StagePage } from '../pages/StagePage';
import { WardrobePanel } from '../pages/WardrobePanel';
import { rigidAccessoryGlb } from '../../src/packs/validate/testGlbs';
import { coreSkeletonForTests } from '../../src/packs/validate/testCore';
import { noisePng } from '../../src/packs/validate/testImages';
import { zipOf } from '../../src/packs/zip/testZips';

export const SMALL_PACK_ID = 'small-pack';
export const SMALL_PACK_ITEM = `${SMALL_PACK_ID}/specs`;

export interface SmallPackText {
  /** The glasses' licence link as pack.json gives it. */
  licenceUrl?: string;
  /** The glasses' English name. */
  name?: string;
}

/** The zip; its text can be anything a pack might say, to test what the app shows. */
export async function smallPackZip({ licenceUrl = 'https://creativecommons.org/publicdomain/zero/1.0/', name = 'Specs' }: SmallPackText = {}): Promise<Uint8Array> {
  const head = (await coreSkeletonForTests()).joints.find((joint) => joint.name === 'Head')!.position;
  const glb = await rigidAccessoryGlb({ centre: [head[0], head[1] + 0.03, head[2] + 0.09], size: [0.14, 0.04, 0.02], texture: noisePng(64, 64, 7) });
  const licence = { spdx: 'CC0-1.0', author: 'Avatar Atelier tests', url: licenceUrl };
  const pack = {
    format: 'avatar-atelier/pack',
    formatVersion: 1,
    id: SMALL_PACK_ID,
    version: '1.0.0',
    name: { en: 'Small pack', fr: 'Petit pack' },
    licence: { spdx: 'CC0-1.0', author: 'Avatar Atelier tests' },
    authors: ['Avatar Atelier tests'],
    assets: [{ id: 'specs', slot: 'glasses', name: { en: name, fr: 'Lunettes' }, glb: 'specs.glb', attach: { bone: 'Head', offset: [0, 0, 0] }, licence }],
  };
  return zipOf({ 'pack.json': JSON.stringify(pack), 'specs.glb': glb });
}

/** Opens the small pack in the Designer packs category and puts its glasses on, through the UI. */
export async function wearSmallPack(page: Page): Promise<void> {
  const packs = new PacksPanel(page);
  await packs.open();
  await packs.openFile('small-pack.zip', await smallPackZip());
  await expect(packs.report(SMALL_PACK_ID)).toBeVisible({ timeout: 30_000 });
  const wardrobe = new WardrobePanel(page);
  await wardrobe.chooseSlot('Glasses');
  await wardrobe.itemTile(SMALL_PACK_ITEM).click();
  await new StagePage(page).whenRendered();
}
