import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { capturePortrait, type PortraitOptions } from './portrait';

let capture: ((options: PortraitOptions) => Promise<Blob>) | null = null;

/** Lets the editor and the QA API take portraits with the stage's renderer while the stage is mounted. */
export function PortraitProbe() {
  const get = useThree((state) => state.get);
  useEffect(() => {
    capture = (options) => capturePortrait(get(), options);
    return () => {
      capture = null;
    };
  }, [get]);
  return null;
}

export function takePortrait(options: PortraitOptions): Promise<Blob> {
  if (!capture) return Promise.reject(new Error('the 3D stage is not ready, so no portrait can be taken'));
  return capture(options);
}
