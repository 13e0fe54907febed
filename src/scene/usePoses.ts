import { useEffect, useState } from 'react';
import { parsePoseFile, type PoseLibrary } from '../avatar/poses';
import { packAssetUrl, type LoadedPack } from '../packs/loadPack';
import { avatarStore } from '../state';
import { assetLibrary } from './assets';
import { registerPendingWork } from './stageProbe';

/** Downloads the body pack's named poses (small JSON) after the first view. */
export function usePoses(bodyPack: LoadedPack | null): PoseLibrary | null {
  const [poses, setPoses] = useState<PoseLibrary | null>(null);
  const path = bodyPack?.manifest.body?.poses;
  useEffect(() => {
    if (!bodyPack || !path) return;
    let cancelled = false;
    const loading = assetLibrary
      .bytes(packAssetUrl(bodyPack, path))
      .then(parsePoseFile)
      .then((poses) => {
        if (cancelled) return;
        setPoses(poses);
        const poseNames = Object.entries(poses).map(([id, pose]) => ({ id, name: pose.name }));
        avatarStore.getState().setBodyData({ poseNames });
      })
      .catch((error: Error) => console.warn(`Poses could not be loaded: ${error.message}`));
    const unregister = registerPendingWork(() => loading);
    return () => {
      cancelled = true;
      unregister();
    };
  }, [bodyPack, path]);
  return poses;
}
