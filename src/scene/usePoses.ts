import { useEffect, useState } from 'react';
import type { PoseRotations } from '../avatar/three/AvatarSkeleton';
import { packAssetUrl, type LoadedPack } from '../packs/loadPack';
import { assetLibrary } from './assets';

export interface PoseLibrary {
  [id: string]: { name: { en: string; fr: string }; rotations: PoseRotations };
}

/** Downloads the body pack's named poses (small JSON) after the first view. */
export function usePoses(bodyPack: LoadedPack | null): PoseLibrary | null {
  const [poses, setPoses] = useState<PoseLibrary | null>(null);
  const path = bodyPack?.manifest.body?.poses;
  useEffect(() => {
    if (!bodyPack || !path) return;
    let cancelled = false;
    assetLibrary
      .bytes(packAssetUrl(bodyPack, path))
      .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as { poses: PoseLibrary })
      .then((file) => !cancelled && setPoses(file.poses))
      .catch((error: Error) => console.warn(`Poses could not be loaded: ${error.message}`));
    return () => {
      cancelled = true;
    };
  }, [bodyPack, path]);
  return poses;
}
