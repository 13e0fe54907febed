import { packAssetUrl } from '../packs/loadPack';
import { resolveItem } from '../packs/itemRef';
import { assetLibrary, decodedImages } from '../scene/assets';
import { avatarStore, readyPacks } from '../state';

/**
 * A picture for an item whose pack gives no thumbnail (or a broken one): its model drawn in the browser, or a skin's
 * own texture. Null when there is nothing to draw.
 */
export async function thumbnailFor(ref: string): Promise<string | null> {
  const resolved = resolveItem(ref, readyPacks(avatarStore.getState().packs));
  if (typeof resolved === 'string') return null;
  const { pack, asset } = resolved;
  if (!asset.glb) return asset.texture ? packAssetUrl(pack, asset.texture) : null;
  const url = packAssetUrl(pack, asset.glb);
  // Its code loads with the first item that needs it: the core and shipped packs bring their own pictures.
  const { itemThumbnail } = await import('../scene/itemThumbnail');
  return itemThumbnail(url, () => assetLibrary.glb(url), decodedImages).catch(() => null);
}
