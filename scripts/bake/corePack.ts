/** Assembles the core pack: body, shape data, poses, expression units, wearables, skins, presets, pack.json and LICENSES.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_FORMAT, PACK_FORMAT_VERSION, PackManifest, type PackManifestInput } from '../../src/packs/schema';
import { bakeBody, referenceSkeleton } from './body';
import { WEARABLE_SLOTS, type AssetInput } from './catalogueTypes';
import { LICENCE_URLS } from './catalogueLicence';
import { LICENCES_FILE, writeLicences } from './licences';
import { bakeExpressions } from './expressions';
import { bakePoses } from './poses';
import { PRESETS } from './presets';
import { bakeShape } from './shapeBake';
import { bakeSkins } from './skins';
import { bakeWearables } from './wearables';

export const CORE_PACK_VERSION = '1.0.0';

/** Bakes everything into `outDir` and returns a one-line summary. Throws if the result is not a valid pack. */
export async function bakeCorePack(outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const body = await bakeBody(outDir);
  const poses = bakePoses(outDir, referenceSkeleton());
  const shape = await bakeShape(outDir);
  const expressions = bakeExpressions(outDir);
  const skins = await bakeSkins(outDir);
  const wearables = await bakeWearables(outDir);
  const assets = [...skins, ...wearables];
  const manifest = validatedManifest({
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: 'core',
    version: CORE_PACK_VERSION,
    name: { en: 'Avatar Atelier core', fr: 'Avatar Atelier : base' },
    description: {
      en: 'The base body, skins, clothes and hair, from MakeHuman’s CC0 assets and CC-BY community items.',
      fr: 'Le corps de base, les peaux, les vêtements et les coiffures, issus des ressources CC0 de MakeHuman et d’objets communautaires CC-BY.',
    },
    licence: { spdx: 'CC0-1.0', author: 'MakeHuman team and contributors (see LICENSES.md)', url: LICENCE_URLS['CC0-1.0'] },
    authors: ['MakeHuman team', 'Avatar Atelier contributors'],
    slots: [...WEARABLE_SLOTS],
    body: { glb: body.glbPath, shape: shape.shape, shapeData: shape.shapeData, poses: poses.path, expressions: expressions.json, expressionData: expressions.bin },
    assets,
    presets: PRESETS,
    licences: LICENCES_FILE,
  });
  writeLicences(outDir, assets);
  writeFileSync(join(outDir, 'pack.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return `${assets.length} assets, ${PRESETS.length} presets, ${poses.count} poses, body ${body.triangles} triangles`;
}

function validatedManifest(input: PackManifestInput): PackManifestInput {
  const parsed = PackManifest.safeParse(input);
  if (!parsed.success) throw new Error(`the baked pack.json is invalid: ${parsed.error.message}`);
  const problems = presetProblems(parsed.data.presets, parsed.data.assets as AssetInput[]);
  if (problems.length > 0) throw new Error(`the presets name missing items: ${problems.join('; ')}`);
  return input;
}

/** Every preset item must exist in the slot it is worn in. */
export function presetProblems(presets: PackManifest['presets'], assets: readonly AssetInput[]): string[] {
  const slotOf = new Map(assets.map((asset) => [asset.id, asset.slot]));
  return presets.flatMap((preset) =>
    Object.entries(preset.items)
      .filter(([slot, id]) => slotOf.get(id) !== slot)
      .map(([slot, id]) => `${preset.id}: ${slot} = "${id}"`),
  );
}
