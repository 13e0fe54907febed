import { useFrame, useStore, type RootState } from '@react-three/fiber';
import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import { frameRendered, registerPendingWork } from './stageProbe';

/** Resolves once the stage renders at full resolution again (it lowers it for a moment while things change). */
function fullResolution(store: StoreApi<RootState>): Promise<void> {
  return new Promise((resolve) => {
    const restored = () => {
      const { current, max } = store.getState().performance;
      return current >= max;
    };
    if (restored()) return resolve();
    const unsubscribe = store.subscribe(() => {
      if (!restored()) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Reports each rendered frame to the stage probe (a microtask runs after R3F has rendered this frame), and makes
 * "rendered" include being back at full resolution, so screenshots are sharp.
 */
export function FrameProbe() {
  const store = useStore();
  useFrame(({ gl }) => queueMicrotask(() => frameRendered(gl)));
  useEffect(() => registerPendingWork(() => fullResolution(store)), [store]);
  return null;
}
