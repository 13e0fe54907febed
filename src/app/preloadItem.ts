import { packAssetUrl } from '../packs/loadPack';
import { resolveItem } from '../packs/itemRef';
import { assetLibrary } from '../scene/assets';
import { avatarStore, readyPacks } from '../state';

/**
 * Starts downloading an item's files when the pointer rests on its tile or the keyboard focuses it, so the
 * click that follows usually finds them cached. Failures are ignored here: wearing the item reports them.
 */
export function preloadItem(ref: string): void {
  const resolved = resolveItem(ref, readyPacks(avatarStore.getState().packs));
  if (typeof resolved === 'string') return;
  const { pack, asset } = resolved;
  for (const path of [asset.glb, asset.texture]) {
    if (path && !assetLibrary.has(packAssetUrl(pack, path))) assetLibrary.bytes(packAssetUrl(pack, path)).catch(() => {});
  }
}
