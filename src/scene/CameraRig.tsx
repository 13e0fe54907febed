import { CameraControls } from '@react-three/drei';
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useAvatarStore } from '../state';
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
  useEffect(() => {
    const { position, target } = cameraPlacement(view, focus);
    void controls.current?.setLookAt(...position, ...target, smooth);
  }, [view, focus, smooth]);
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
