import { AdaptiveDpr } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import type { ReactNode } from 'react';
import { ACESFilmicToneMapping, SRGBColorSpace } from 'three';
import { CameraRig } from './CameraRig';
import { cameraPlacement } from './cameraViews';
import { FrameProbe } from './FrameProbe';
import { PortraitProbe } from './PortraitProbe';
import { RedrawOnContextRestore } from './RedrawOnContextRestore';
import { stageFocus } from './stageFocus';
import { StudioLights } from './StudioLights';

export const STAGE_BACKGROUND = '#dcd8d1';

interface StageProps {
  /** Smooth camera moves (off in QA mode). */
  smoothCamera: boolean;
  /** Something moves in every frame, so the stage redraws continuously; otherwise only when asked to. */
  idleMotion: boolean;
  /** The browser renders WebGL on the CPU: no multisampling, at most one pixel per CSS pixel. */
  software: boolean;
  /** What stands on the stage (the avatar). */
  children: ReactNode;
}

/** The 3D stage: studio light and an orbit camera around whatever stands on it (the avatar brings its ground shadow). */
export function Stage({ smoothCamera, idleMotion, software, children }: StageProps) {
  return (
    <Canvas
      data-testid="stage.canvas"
      frameloop={idleMotion ? 'always' : 'demand'}
      dpr={software ? 1 : [1, 2]}
      performance={{ min: 0.5, debounce: 300 }}
      camera={{ fov: 30, near: 0.05, far: 50, position: cameraPlacement('body', stageFocus.getState()).position }}
      gl={{ antialias: !software, preserveDrawingBuffer: false, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => {
        gl.toneMapping = ACESFilmicToneMapping;
        gl.outputColorSpace = SRGBColorSpace;
        // Asked now, while the GPU is idle: the first texture would ask it (a round trip) behind the avatar's uploads.
        gl.capabilities.getMaxAnisotropy();
      }}
    >
      <color attach="background" args={[STAGE_BACKGROUND]} />
      <StudioLights />
      {children}
      <AdaptiveDpr />
      <CameraRig smooth={smoothCamera} />
      <FrameProbe />
      <PortraitProbe />
      <RedrawOnContextRestore />
    </Canvas>
  );
}
