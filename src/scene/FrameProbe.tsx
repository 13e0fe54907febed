import { useFrame } from '@react-three/fiber';
import { frameRendered } from './stageProbe';

/** Reports each rendered frame to the stage probe. A microtask runs after R3F has rendered this frame. */
export function FrameProbe() {
  useFrame(({ gl }) => queueMicrotask(() => frameRendered(gl)));
  return null;
}
