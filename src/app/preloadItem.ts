import { packAssetUrl } from '../packs/loadPack';
import { resolveItem } from '../packs/itemRef';
import type { AssetData } from '../avatar/assetData';
import { imageTypeOf } from '../avatar/three/textures';
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
  for (const path of [asset.texture, asset.glb]) if (path) prepareFile(packAssetUrl(pack, path));
}

/** Downloads a pack file; a model is also parsed (in the GLB worker), and its images or an image file decoded. Failures are ignored. */
export function prepareFile(url: string): void {
  const imageType = imageTypeOf(url);
  if (url.endsWith('.glb')) assetLibrary.glb(url).then(warmImages, () => {});
  else if (imageType) assetLibrary.bytes(url).then((bytes) => decodedImages.warm({ bytes, mimeType: imageType })).catch(() => {});
  else assetLibrary.bytes(url).catch(() => {});
}

function warmImages(asset: AssetData): void {
  for (const { material } of asset.primitives) {
    for (const image of [material.baseColorTexture, material.normalTexture, material.occlusionTexture]) if (image) void decodedImages.warm(image).catch(() => {});
  }
}
