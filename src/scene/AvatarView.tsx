import { useEffect } from 'react';
import { readyPacks, useAvatarStore } from '../state';
import { Placeholder } from './Placeholder';
import type { AvatarDirector } from '../avatar/three/AvatarDirector';
import { stageFocus } from './stageFocus';
import { FIRST_AVATAR_MARK, framesFromNow } from './stageProbe';
import { useAvatarDirector } from './useAvatarDirector';
import { usePoseAndIdle } from './useIdleMotion';
import { usePoses } from './usePoses';
import { useShapedBody } from './useShapedBody';

const CORE_PACK_ID = 'core';

async function markFirstAvatar(director: AvatarDirector): Promise<void> {
  if (performance.getEntriesByName(FIRST_AVATAR_MARK).length > 0) return;
  await director.settled();
  await framesFromNow(1);
  performance.mark(FIRST_AVATAR_MARK);
}

interface AvatarViewProps {
  /** Idle motion on (off in QA mode for deterministic screenshots). */
  animate: boolean;
}

/** The avatar on the stage, derived from the avatar document and the loaded packs. */
export function AvatarView({ animate }: AvatarViewProps) {
  const packEntries = useAvatarStore((s) => s.packs);
  const avatar = useAvatarStore((s) => s.avatar);
  const coreEntry = packEntries[CORE_PACK_ID];
  const corePack = coreEntry?.status === 'ready' ? coreEntry.pack : null;
  const director = useAvatarDirector(corePack);
  const poses = usePoses(corePack);

  useEffect(() => director?.sync(avatar, readyPacks(packEntries)), [director, avatar, packEntries]);
  useEffect(() => {
    if (!director) return;
    stageFocus.setState(director.live.landmarks());
    void markFirstAvatar(director);
  }, [director]);
  useShapedBody(corePack, director, avatar.body);
  usePoseAndIdle(director, poses?.[avatar.pose]?.rotations ?? null, animate);

  return director ? <primitive object={director.live.object} /> : <Placeholder />;
}
