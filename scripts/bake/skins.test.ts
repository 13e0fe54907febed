import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { Asset } from '../../src/packs/schema';
import { bakeSkin, listSkinFiles, skinName } from './skins';

describe('skins', () => {
  it('names every skin of the package plainly, in English and French', () => {
    const ids = listSkinFiles().map((file) => file.slice(file.lastIndexOf('/') + 1, -5).toLowerCase().replaceAll('_', '-'));
    expect(new Set(ids).size).toBe(24);
    const names = ids.map((id) => skinName(id).name);
    expect(new Set(names.map((n) => n.en)).size).toBe(24);
    expect(new Set(names.map((n) => n.fr)).size).toBe(24);
    expect(skinName('young-caucasian-female2').name).toEqual({ en: 'Light skin — young woman', fr: 'Peau claire — jeune femme' });
  });

  it('bakes a textured skin at 512 px with a CC0 licence and a square thumbnail', async () => {
    const { asset, files } = await bakeSkin('public/data/skins/young_african_male/young_african_male.json');
    expect(Asset.parse(asset)).toMatchObject({ id: 'young-african-male', slot: 'skin', licence: { spdx: 'CC0-1.0' } });
    expect((await sharp(files.get(asset.texture!)!).metadata()).width).toBe(512);
    const thumb = await sharp(files.get(asset.thumbnail!)!).metadata();
    expect([thumb.width, thumb.height]).toEqual([128, 128]);
  });

  it('turns the untextured default skin into a flat texture of its colour', async () => {
    const { asset, files } = await bakeSkin('public/data/skins/default.json');
    const { data } = await sharp(files.get(asset.texture!)!).raw().toBuffer({ resolveWithObject: true });
    // colorDiffuse [0.5903, 0.44, 0.338] as sRGB bytes.
    expect(Math.abs(data[0]! - 151)).toBeLessThanOrEqual(3);
    expect(Math.abs(data[1]! - 112)).toBeLessThanOrEqual(3);
    expect(Math.abs(data[2]! - 86)).toBeLessThanOrEqual(3);
  });
});
