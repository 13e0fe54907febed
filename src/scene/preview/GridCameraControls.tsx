import { CameraControls } from '@react-three/drei';
import { useEffect, useRef } from 'react';
import type { Frame } from './gridLayout';

interface GridCameraControlsProps {
  /** The region every cell shows: the camera orbits around its centre. */
  frame: Frame;
}

/**
 * Orbit (drag), zoom (wheel) and pan (right drag) of the grid's one camera, around the framed region's centre; the
 * grid draws at a lower resolution while it moves (regress).
 */
export function GridCameraControls({ frame }: GridCameraControlsProps) {
  const controls = useRef<CameraControls>(null);
  useEffect(() => {
    void controls.current?.setLookAt(0, frame.centreY, 10, 0, frame.centreY, 0, false);
  }, [frame]);
  return <CameraControls ref={controls} makeDefault regress minZoom={0.6} maxZoom={8} smoothTime={0} />;
}
