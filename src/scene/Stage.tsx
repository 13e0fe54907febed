import { ContactShadows } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import type { ReactNode } from 'react';
import { ACESFilmicToneMapping, SRGBColorSpace } from 'three';
import { CameraRig } from './CameraRig';
import { cameraPlacement } from './cameraViews';
import { FrameProbe } from './FrameProbe';
import { stageFocus } from './stageFocus';
import { StudioEnvironment } from './StudioEnvironment';

export const STAGE_BACKGROUND = '#dcd8d1';

interface StageProps {
  /** Smooth camera moves and idle motion; off in QA mode. */
  animate: boolean;
  /** What stands on the stage (the avatar). */
  children: ReactNode;
}

/** The 3D stage: studio light, a soft ground shadow and an orbit camera around whatever stands on it. */
export function Stage({ animate, children }: StageProps) {
  return (
    <Canvas
      data-testid="stage.canvas"
      dpr={[1, 2]}
      camera={{ fov: 30, near: 0.05, far: 50, position: cameraPlacement('body', stageFocus.getState()).position }}
      gl={{ antialias: true, preserveDrawingBuffer: false, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => {
        gl.toneMapping = ACESFilmicToneMapping;
        gl.outputColorSpace = SRGBColorSpace;
      }}
    >
      <color attach="background" args={[STAGE_BACKGROUND]} />
      <StudioEnvironment intensity={0.75} />
      <directionalLight position={[2, 3, 2.5]} intensity={0.8} />
      {children}
      <ContactShadows position={[0, 0, 0]} scale={3} resolution={512} blur={2.4} opacity={0.55} far={2} />
      <CameraRig smooth={animate} />
      <FrameProbe />
    </Canvas>
  );
}
