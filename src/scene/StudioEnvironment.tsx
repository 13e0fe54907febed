import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PMREMGenerator } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

/** Image-based studio lighting generated in the browser from three's RoomEnvironment: no downloads. */
export function StudioEnvironment({ intensity = 0.9 }: { intensity?: number }) {
  const getThree = useThree((state) => state.get);
  useEffect(() => {
    const { gl, scene } = getThree();
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const envMap = pmrem.fromScene(room, 0.04).texture;
    scene.environment = envMap;
    scene.environmentIntensity = intensity;
    room.dispose();
    pmrem.dispose();
    return () => {
      scene.environment = null;
      envMap.dispose();
    };
  }, [getThree, intensity]);
  return null;
}
