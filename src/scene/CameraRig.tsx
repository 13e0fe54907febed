import { CameraControls } from '@react-three/drei';
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useAvatarStore } from '../state';
import { avatarOnStage } from './avatarOnStage';
import { cameraPlacement } from './cameraViews';
import { stageFocus } from './stageFocus';

interface CameraRigProps {
  /** Animate between views (off in QA mode so screenshots are deterministic). */
  smooth: boolean;
}

/** Orbit camera with limits that keep the avatar in view; moves to the view chosen in the store. */
export function CameraRig({ smooth }: CameraRigProps) {
  const controls = useRef<CameraControls>(null);
  const view = useAvatarStore((s) => s.cameraView);
  const focus = useStore(stageFocus);
  const avatarShown = useStore(avatarOnStage, (s) => s.shown);
  /** Whether the camera last framed a visible avatar: until then there is nothing to animate from. */
  const framedAvatar = useRef(false);
  useEffect(() => {
    const rig = controls.current;
    if (!rig) return;
    const { position, target } = cameraPlacement(view, focus);
    const animate = smooth && framedAvatar.current;
    void rig.setLookAt(...position, ...target, animate);
    // A jump is applied now: left to the next frame's update, it would ask for one more frame (a whole extra
    // render and read-back with a software renderer, in the middle of the first load).
    if (!animate) rig.update(0);
    framedAvatar.current = avatarShown;
  }, [view, focus, smooth, avatarShown]);
  return (
    <CameraControls
      ref={controls}
      makeDefault
      minDistance={0.45}
      maxDistance={6}
      minPolarAngle={0.15}
      maxPolarAngle={Math.PI / 2 - 0.02}
      truckSpeed={0}
      smoothTime={smooth ? 0.35 : 0}
    />
  );
}
