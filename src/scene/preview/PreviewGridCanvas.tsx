import { OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import type { Inspection } from '../../core/itemInspection';
import { STAGE_BACKGROUND } from '../Stage';
import { StudioLights } from '../StudioLights';
import { FRAMES, framingFor } from './gridLayout';
import { slotOf, type CastSource } from './loadCast';
import { PreviewCast } from './PreviewCast';

/** Pixels per CSS pixel on a software renderer, where every pixel of six cells costs CPU time. */
const SOFTWARE_DPR = 1;

interface PreviewGridCanvasProps extends CastSource {
  /** The helpers every avatar shows. */
  inspection: Inspection;
  /** The browser renders WebGL on the CPU: no multisampling, fewer pixels. */
  software: boolean;
}

/**
 * The preview grid's own canvas (one WebGL context): the six avatars side by side under the stage's lights, through
 * one orthographic orbit camera so they compare at one scale. Mount one per item: it frees everything on unmount.
 */
export function PreviewGridCanvas({ itemRef, packs, bodyPack, inspection, software }: PreviewGridCanvasProps) {
  const frame = FRAMES[framingFor(slotOf(itemRef, packs))];
  return (
    <Canvas
      data-testid="previewGrid.canvas"
      frameloop="demand"
      orthographic
      dpr={software ? SOFTWARE_DPR : [1, 2]}
      camera={{ position: [0, frame.centreY, 10], near: 0.1, far: 30, left: -1, right: 1, top: 1, bottom: -1 }}
      gl={{ antialias: !software, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => void (gl.info.autoReset = false)} // the grid counts all its cells per frame
    >
      <color attach="background" args={[STAGE_BACKGROUND]} />
      <StudioLights />
      <PreviewCast itemRef={itemRef} packs={packs} bodyPack={bodyPack} inspection={inspection} frame={frame} />
      <OrbitControls makeDefault target={[0, frame.centreY, 0]} enableDamping={false} minZoom={0.6} maxZoom={8} />
    </Canvas>
  );
}
