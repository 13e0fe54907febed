import { imageItemStats, itemStats } from '../../avatar/itemStats';
import { parsePoseFile, type PoseRotations } from '../../avatar/poses';
import type { PreviewAvatar } from '../../avatar/three/PreviewAvatar';
import { buildCast } from '../../avatar/three/previewCast';
import type { ItemStats } from '../../core/itemInspection';
import { PREVIEW_BODIES } from '../../core/previewBodies';
import { resolveItem } from '../../packs/itemRef';
import { packAssetUrl, type LoadedPack } from '../../packs/loadPack';
import { PREVIEW_POSE } from '../../packs/previewDocument';
import { assetLibrary, decodedImages, shapeModelOf } from '../assets';
import { framingFor, HEAD_LINE_Y } from './gridLayout';

export interface CastSource {
  /** The previewed item, `pack/asset`. */
  itemRef: string;
  packs: ReadonlyMap<string, LoadedPack>;
  /** The pack with the body (the core pack). */
  bodyPack: LoadedPack;
  /** Light the avatars with cheaper materials (a software renderer). */
  cheapMaterials: boolean;
}

/**
 * The six avatars of the grid wearing the item, through the app's download and image caches (the item downloads and
 * decodes once for all six). For an item worn on the head, every face is lined up at one height.
 */
export async function loadCast({ itemRef, packs, bodyPack, cheapMaterials }: CastSource, changed: () => void): Promise<PreviewAvatar[]> {
  const [shape, pose] = await Promise.all([shapeModelOf(bodyPack), poseOf(bodyPack)]);
  const setup = { bodyPack, library: assetLibrary, images: decodedImages, changed, cheapMaterials };
  const avatars = await buildCast({ setup, ref: itemRef, packs, shape, pose, bodies: PREVIEW_BODIES });
  if (framingFor(slotOf(itemRef, packs)) === 'head') {
    for (const avatar of avatars) avatar.lift(HEAD_LINE_Y - avatar.landmarks().faceY);
  }
  return avatars;
}

/** The slot the item is worn in ('' when it cannot be resolved: the cast reports why). */
export function slotOf(itemRef: string, packs: ReadonlyMap<string, LoadedPack>): string {
  const resolved = resolveItem(itemRef, packs);
  return typeof resolved === 'string' ? '' : resolved.asset.slot;
}

/** The item's statistics, from the same cached download the avatars use. */
export async function loadItemStats(itemRef: string, packs: ReadonlyMap<string, LoadedPack>): Promise<ItemStats> {
  const resolved = resolveItem(itemRef, packs);
  if (typeof resolved === 'string') throw new Error(resolved);
  const { pack, asset } = resolved;
  if (asset.glb) {
    const url = packAssetUrl(pack, asset.glb);
    const [data, bytes] = await Promise.all([assetLibrary.glb(url), assetLibrary.bytes(url)]);
    return itemStats(data, bytes.length);
  }
  if (!asset.texture) throw new Error('the item has neither a model nor a texture');
  return imageItemStats(await assetLibrary.bytes(packAssetUrl(pack, asset.texture)));
}

async function poseOf(bodyPack: LoadedPack): Promise<PoseRotations | null> {
  const path = bodyPack.manifest.body?.poses;
  if (!path) return null;
  const poses = parsePoseFile(await assetLibrary.bytes(packAssetUrl(bodyPack, path)));
  return poses[PREVIEW_POSE]?.rotations ?? null;
}
