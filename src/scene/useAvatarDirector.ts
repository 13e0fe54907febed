import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import { AvatarDirector } from '../avatar/three/AvatarDirector';
import { decodeImageInBrowser } from '../avatar/three/textures';
import type { LoadedPack } from '../packs/loadPack';
import { avatarStore, readyPacks } from '../state';
import { assetLibrary } from './assets';
import { registerPendingWork, sceneChanged } from './stageProbe';

/** Builds the avatar for the body pack once it is loaded, and frees it when the pack changes or the stage goes. */
export function useAvatarDirector(bodyPack: LoadedPack | null): AvatarDirector | null {
  const [director, setDirector] = useState<AvatarDirector | null>(null);
  const regress = useThree((state) => state.performance.regress);
  useEffect(() => {
    if (!bodyPack) return;
    let current: AvatarDirector | null = null;
    let cancelled = false;
    const events = {
      itemStatus: avatarStore.getState().setItemState,
      // A swap renders at a lower resolution for a moment so it shows at once (AdaptiveDpr restores it).
      changed: () => {
        sceneChanged();
        regress();
      },
    };
    const creating = AvatarDirector.create(bodyPack, assetLibrary, decodeImageInBrowser, events).then(
      (created) => {
        if (cancelled) return created.dispose();
        current = created;
        // Start the first downloads now, so that "settled" covers them before the view's first sync.
        const { avatar, packs } = avatarStore.getState();
        created.sync(avatar, readyPacks(packs));
        setDirector(created);
      },
      (error: Error) => avatarStore.getState().setAvatarError(`The avatar's body could not be loaded: ${error.message}`),
    );
    const unregister = registerPendingWork(async () => {
      await creating;
      await current?.settled();
    });
    return () => {
      cancelled = true;
      unregister();
      current?.dispose();
      setDirector(null);
    };
  }, [bodyPack, regress]);
  return director;
}
