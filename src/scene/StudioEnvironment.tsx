import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PMREMGenerator, type Texture } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { firstFrame } from './stageProbe';

/** Image-based studio lighting generated in the browser from three's RoomEnvironment: no downloads. */
export function StudioEnvironment({ intensity = 0.9 }: { intensity?: number }) {
  const getThree = useThree((state) => state.get);
  useEffect(() => {
    let envMap: Texture | null = null;
    let cancelled = false;
    // Generated after the first frame: on software renderers it costs as much as the whole first frame.
    void firstFrame.then(() => {
      if (cancelled) return;
      const { gl, scene, invalidate } = getThree();
      const pmrem = new PMREMGenerator(gl);
      const room = new RoomEnvironment();
      envMap = pmrem.fromScene(room, 0.04).texture;
      scene.environment = envMap;
      scene.environmentIntensity = intensity;
      invalidate();
      room.dispose();
      pmrem.dispose();
    });
    return () => {
      cancelled = true;
      getThree().scene.environment = null;
      envMap?.dispose();
    };
  }, [getThree, intensity]);
  return null;
}
