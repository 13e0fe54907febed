import type { LoadedPack } from './loadPack';

/** The slot rules' view of the loaded packs: which slots the item `pack/asset` takes off when worn. */
export function excludesFromPacks(packs: ReadonlyMap<string, LoadedPack>): (ref: string) => readonly string[] {
  return (ref) => {
    const [packId, assetId] = ref.split('/');
    const asset = packs.get(packId ?? '')?.manifest.assets.find((candidate) => candidate.id === assetId);
    return asset?.excludes ?? [];
  };
}
