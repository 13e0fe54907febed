import { packAssetUrl } from '../packs/loadPack';
import { resolveItem } from '../packs/itemRef';
import type { AssetData } from '../avatar/assetData';
import { assetLibrary, decodedImages } from '../scene/assets';
import { avatarStore, readyPacks } from '../state';

/**
 * Starts downloading an item's files, and decoding its model and images, when the pointer rests on its tile or the
 * keyboard focuses it, so the click that follows usually finds them ready. Failures are ignored here: wearing the
 * item reports them.
 */
export function preloadItem(ref: string): void {
  const resolved = resolveItem(ref, readyPacks(avatarStore.getState().packs));
  if (typeof resolved === 'string') return;
  const { pack, asset } = resolved;
  if (asset.texture && !assetLibrary.has(packAssetUrl(pack, asset.texture))) assetLibrary.bytes(packAssetUrl(pack, asset.texture)).catch(() => {});
  if (asset.glb) assetLibrary.glb(packAssetUrl(pack, asset.glb)).then(warmImages, () => {});
}

function warmImages(asset: AssetData): void {
  for (const { material } of asset.primitives) {
    for (const image of [material.baseColorTexture, material.normalTexture, material.occlusionTexture]) if (image) void decodedImages.warm(image).catch(() => {});
  }
}
