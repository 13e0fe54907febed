import type { LoadedPack } from './loadPack';
import type { Asset } from './schema';

/** A worn item is named `packId/assetId` in the avatar document. */
export function itemRef(packId: string, assetId: string): string {
  return `${packId}/${assetId}`;
}

export interface ResolvedItem {
  pack: LoadedPack;
  asset: Asset;
}

/** Finds the pack asset an item reference names, or says why it cannot. */
export function resolveItem(ref: string, packs: ReadonlyMap<string, LoadedPack>): ResolvedItem | string {
  const slash = ref.indexOf('/');
  if (slash <= 0) return `"${ref}" is not an item reference (expected pack/asset)`;
  const pack = packs.get(ref.slice(0, slash));
  if (!pack) return `the pack "${ref.slice(0, slash)}" is not loaded`;
  const asset = pack.manifest.assets.find((a) => a.id === ref.slice(slash + 1));
  return asset ? { pack, asset } : `the pack "${pack.manifest.id}" has no item "${ref.slice(slash + 1)}"`;
}
