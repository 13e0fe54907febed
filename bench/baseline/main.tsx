/**
 * The benchmark's baseline page: a bare React Three Fiber scene with one lit mesh, built by the same
 * toolchain as the app, so the app's first-frame time can be read as a ratio against it.
 */
import { Canvas, useFrame } from '@react-three/fiber';
import { createRoot } from 'react-dom/client';

const FIRST_FRAME_MARK = 'avatar-atelier:first-frame';
let marked = false;

function MarkFirstFrame() {
  useFrame(() => {
    if (marked) return;
    marked = true;
    queueMicrotask(() => performance.mark(FIRST_FRAME_MARK));
  });
  return null;
}

createRoot(document.getElementById('root')!).render(
  <Canvas camera={{ position: [0, 0, 3] }}>
    <ambientLight intensity={0.4} />
    <directionalLight position={[2, 3, 2]} />
    <mesh>
      <torusKnotGeometry args={[0.6, 0.2, 128, 16]} />
      <meshStandardMaterial color="#8899ff" />
    </mesh>
    <MarkFirstFrame />
  </Canvas>,
);
