import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useState } from 'react';
import { readyPacks, useAvatarStore } from '../state';
import { avatarOnStage } from './avatarOnStage';
import { GroundShadow } from './GroundShadow';
import { stageFocus } from './stageFocus';
import { FIRST_AVATAR_MARK, FIRST_AVATAR_PRESENTED_MARK, markNextFrame, nextFrame, registerPendingWork } from './stageProbe';
import { useAvatarDirector } from './useAvatarDirector';
import { useBlinkShape } from './useBlink';
import { usePoseAndIdle } from './useIdleMotion';
import { usePoses } from './usePoses';
import { useShapedBody } from './useShapedBody';

const CORE_PACK_ID = 'core';

interface AvatarViewProps {
  /** Breathing, weight shift and blinking (off in QA mode for deterministic screenshots). */
  idleMotion: boolean;
}

/** The avatar on the stage with its ground shadow, derived from the avatar document and the loaded packs. */
export function AvatarView({ idleMotion }: AvatarViewProps) {
  const packEntries = useAvatarStore((s) => s.packs);
  const avatar = useAvatarStore((s) => s.avatar);
  const coreEntry = packEntries[CORE_PACK_ID];
  const corePack = coreEntry?.status === 'ready' ? coreEntry.pack : null;
  const director = useAvatarDirector(corePack);
  const poses = usePoses(corePack);

  const invalidate = useThree((state) => state.invalidate);
  const rotations = poses?.[avatar.pose]?.rotations ?? null;

  useEffect(() => {
    if (!director) return;
    director.sync(avatar, readyPacks(packEntries));
    invalidate(); // colours and the pose show in the next frame; items call sceneChanged when they arrive
  }, [director, avatar, packEntries, rotations, invalidate]);
  // A layout effect runs in the commit that puts the (dressed) avatar on stage, before any frame shows it.
  useLayoutEffect(() => {
    avatarOnStage.setState({ shown: director !== null });
    if (!director) return;
    stageFocus.setState(director.live.landmarks());
    markNextFrame(FIRST_AVATAR_MARK, FIRST_AVATAR_PRESENTED_MARK);
  }, [director]);
  // The ground shadow comes in the frame after the avatar's: its shader program would otherwise be linked in the
  // frame that first shows the avatar (a software renderer takes tens of milliseconds per program).
  const [shadowShown, setShadowShown] = useState(false);
  useEffect(() => {
    if (!director || shadowShown) return;
    const shown = nextFrame().then(() => setShadowShown(true));
    return registerPendingWork(() => shown);
  }, [director, shadowShown]);
  // After each drawn frame (a microtask runs once R3F has rendered it), free what was taken off.
  useFrame(() => queueMicrotask(() => director?.live.disposeRetired()));
  const shapeModel = useShapedBody(corePack, director, avatar.body);
  useBlinkShape(corePack, director, shapeModel, avatar.body, idleMotion);
  usePoseAndIdle(director, rotations, idleMotion);

  return director ? (
    <>
      <primitive object={director.live.object} />
      {shadowShown && <GroundShadow />}
    </>
  ) : null;
}
