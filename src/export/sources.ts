/**
 * Everything an export reads, gathered from the manifest and its packs: the shape data, the body, the poses and
 * every worn item with its chosen texture. Reading is injected (fetch in the browser, files in Node), so both
 * build from the same bytes.
 */
import type { AssetData, TextureData } from '../avatar/assetData';
import { manifestProblems } from '../avatar/checkManifest';
import { parseExpressions, type ExpressionUnits } from '../avatar/expressions';
import { resolveItem } from '../packs/itemRef';
import { parsePoseFile, type PoseRotations } from '../avatar/poses';
import { readGlb } from '../avatar/readGlb';
import { attachRigid } from '../avatar/rigid';
import { parseShapeData, type ShapeModel } from '../avatar/shape';
import type { AvatarManifest } from '../core/manifest';
import { packAssetUrl, type LoadedPack } from '../packs/loadPack';
import type { Asset } from '../packs/schema';

export interface ExportSources {
  /** Loaded packs by id. */
  packs: ReadonlyMap<string, LoadedPack>;
  /** Reads a pack file by URL (pack base URL + path). */
  readBytes(url: string): Promise<Uint8Array>;
}

/** Invalid input: the manifest or its packs. Each problem names the field. */
export class ExportInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'ExportInputError';
  }
}

export interface WornItemData {
  slot: string;
  asset: Asset;
  data: AssetData;
  /** The chosen variant's base-colour texture, replacing the item's own. */
  variantTexture: TextureData | null;
}

export interface ExportInputs {
  manifest: AvatarManifest;
  model: ShapeModel;
  body: AssetData;
  /** The skin worn on the body (a texture-only item) and its pack entry. */
  skin: { asset: Asset; texture: TextureData } | null;
  items: WornItemData[];
  /** Local joint rotations of the T pose. */
  tPose: PoseRotations;
  /** The body's facial expression units, when its pack has them. */
  expressions: ExpressionUnits | null;
}

export async function gatherInputs(manifest: AvatarManifest, sources: ExportSources): Promise<ExportInputs> {
  const bodyPack = [...sources.packs.values()].find((pack) => pack.manifest.body);
  const body = bodyPack?.manifest.body;
  if (!bodyPack || !body) throw new ExportInputError(['packs: no loaded pack has a body']);
  const read = (path: string, pack: LoadedPack = bodyPack) => sources.readBytes(packAssetUrl(pack, path));
  const [shapeJson, shapeBin, bodyGlb, poses, expressionsJson, expressionsBin] = await Promise.all(
    [body.shape, body.shapeData, body.glb, body.poses, body.expressions, body.expressionData].map((path) => (path ? read(path) : null)),
  );
  const model = parseShapeData(JSON.parse(new TextDecoder().decode(shapeJson!)), shapeBin!.slice().buffer);
  const problems = manifestProblems(manifest, sources.packs, model.controls);
  if (problems.length > 0) throw new ExportInputError(problems);
  const tPose = poses ? parsePoseFile(poses).t?.rotations : undefined;
  if (!tPose) throw new ExportInputError([`packs: the "${bodyPack.manifest.id}" pack has no T pose`]);
  const worn = Object.entries(manifest.items).map(([slot, ref]) => ({ slot, ...(resolveItem(ref, sources.packs) as Exclude<ReturnType<typeof resolveItem>, string>) }));
  const skinEntry = worn.find(({ asset }) => asset.texture && !asset.glb);
  const bodyRead = readGlb(bodyGlb!);
  const [bodyData, skin, items] = await Promise.all([
    bodyRead,
    skinEntry ? read(skinEntry.asset.texture!, skinEntry.pack).then((bytes) => ({ asset: skinEntry.asset, texture: textureData(skinEntry.asset.texture!, bytes) })) : null,
    Promise.all(
      worn
        .filter(({ asset }) => asset.glb)
        .map(async ({ slot, pack, asset }) => {
          const variant = asset.variants.find((v) => v.id === manifest.variants[slot]);
          const [glb, variantBytes] = await Promise.all([read(asset.glb!, pack), variant?.texture ? read(variant.texture, pack) : null]);
          const data = await readGlb(glb)
            .then(async (data) => (asset.attach ? attachRigid(data, asset.attach, await bodyRead) : data))
            .catch((error: Error) => {
              throw new ExportInputError([`items.${slot}: ${error.message}`]);
            });
          return { slot, asset, data, variantTexture: variantBytes && variant?.texture ? textureData(variant.texture, variantBytes) : null };
        }),
    ),
  ]);
  const expressions = expressionsJson && expressionsBin ? parseExpressions(JSON.parse(new TextDecoder().decode(expressionsJson)), expressionsBin) : null;
  return { manifest, model, body: bodyData, skin, items, tPose, expressions };
}

function textureData(path: string, bytes: Uint8Array): TextureData {
  const mimeType = path.endsWith('.webp') ? 'image/webp' : path.endsWith('.png') ? 'image/png' : 'image/jpeg';
  return { bytes, mimeType };
}
