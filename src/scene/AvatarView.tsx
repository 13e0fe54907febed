import { useEffect } from 'react';
import { readyPacks, useAvatarStore } from '../state';
import { Placeholder } from './Placeholder';
import { useAvatarDirector } from './useAvatarDirector';
import { usePoses } from './usePoses';
import { useShapedBody } from './useShapedBody';

const CORE_PACK_ID = 'core';

/** The avatar on the stage, derived from the avatar document and the loaded packs. */
export function AvatarView() {
  const packEntries = useAvatarStore((s) => s.packs);
  const avatar = useAvatarStore((s) => s.avatar);
  const coreEntry = packEntries[CORE_PACK_ID];
  const corePack = coreEntry?.status === 'ready' ? coreEntry.pack : null;
  const director = useAvatarDirector(corePack);
  const poses = usePoses(corePack);

  useEffect(() => director?.sync(avatar, readyPacks(packEntries)), [director, avatar, packEntries]);
  useEffect(() => {
    const rotations = poses?.[avatar.pose]?.rotations;
    if (director && rotations) director.live.pose(rotations);
  }, [director, poses, avatar.pose]);
  useShapedBody(corePack, director, avatar.body);

  return director ? <primitive object={director.live.object} /> : <Placeholder />;
}
