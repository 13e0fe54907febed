import { useThree } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import { AvatarDirector } from '../avatar/three/AvatarDirector';
import type { LoadedPack } from '../packs/loadPack';
import { avatarStore, readyPacks } from '../state';
import { assetLibrary, decodedImages } from './assets';
import { avatarOnStage } from './avatarOnStage';
import { prepareOnGpu, readProgramLocations } from './prepareOnGpu';
import { registerPendingWork, sceneChanged } from './stageProbe';

/** Builds the avatar for the body pack once it is loaded, and frees it when the pack changes or the stage goes. */
export function useAvatarDirector(bodyPack: LoadedPack | null): AvatarDirector | null {
  const [director, setDirector] = useState<AvatarDirector | null>(null);
  const getThree = useThree((state) => state.get);
  const reportOnStage = useRef(() => {});
  useEffect(() => {
    if (director) reportOnStage.current();
  }, [director]);
  useEffect(() => {
    if (!bodyPack) return;
    // Settles once the dressed avatar is in the scene (or will never be), for whenRendered.
    let settleOnStage = () => {};
    const onStage = new Promise<void>((resolve) => (settleOnStage = resolve)).then(() => avatarOnStage.setState({ firstSettled: true }));
    reportOnStage.current = settleOnStage;
    let current: AvatarDirector | null = null;
    let shown = false;
    let cancelled = false;
    // While the first avatar assembles, the programs of its parts link and their textures upload as they arrive, not
    // in the frame that first shows it: once per burst of arrivals, after the messages already waiting.
    let preparing = false;
    const prepareSoon = () => {
      if (preparing) return;
      preparing = true;
      setTimeout(() => {
        preparing = false;
        if (!current || shown || cancelled) return;
        const { gl, camera, scene } = getThree();
        prepareOnGpu(gl, current.live.object, camera, scene);
      });
    };
    const events = {
      itemStatus: avatarStore.getState().setItemState,
      // A swap redraws at full resolution: resizing the canvas for one frame costs more than it saves.
      changed: () => (shown ? sceneChanged() : prepareSoon()),
    };
    const { avatar, packs } = avatarStore.getState();
    AvatarDirector.prefetch(avatar, readyPacks(packs), assetLibrary);
    const creating = AvatarDirector.create(bodyPack, assetLibrary, decodedImages, events).then(
      async (created) => {
        if (cancelled) return created.dispose();
        current = created;
        // The first avatar goes on stage dressed: a bare body flashing first would look broken.
        const { avatar: first, packs: firstPacks } = avatarStore.getState();
        created.sync(first, readyPacks(firstPacks));
        await created.settled();
        const { gl, camera, scene } = getThree();
        await gl.compileAsync(created.live.object, camera, scene);
        if (cancelled) return;
        readProgramLocations(gl);
        shown = true;
        setDirector(created);
      },
      (error: Error) => {
        avatarStore.getState().setAvatarError(`The avatar's body could not be loaded: ${error.message}`);
        settleOnStage();
      },
    );
    const unregister = registerPendingWork(async () => {
      await creating;
      await onStage;
      await current?.settled();
    });
    return () => {
      settleOnStage();
      cancelled = true;
      unregister();
      current?.dispose();
      setDirector(null);
    };
  }, [bodyPack, getThree]);
  return director;
}
