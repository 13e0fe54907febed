import { Canvas } from '@react-three/fiber';
import type { Inspection } from '../../core/itemInspection';
import { STAGE_BACKGROUND } from '../Stage';
import { StudioLights } from '../StudioLights';
import { GridCameraControls } from './GridCameraControls';
import { FRAMES, framingFor } from './gridLayout';
import { slotOf, type CastSource } from './loadCast';
import { PreviewCast } from './PreviewCast';

interface PreviewGridCanvasProps extends Omit<CastSource, 'cheapMaterials'> {
  /** The helpers every avatar shows. */
  inspection: Inspection;
  /** The browser renders WebGL on the CPU: no multisampling, one pixel per CSS pixel, cheaper materials. */
  software: boolean;
}

/**
 * The preview grid's own canvas (one WebGL context): the six avatars side by side under the stage's lights, through
 * one orthographic orbit camera so they compare at one scale. While the camera moves it draws at half resolution
 * and with simplified meshes (CellRenderer). Mount one per item: it frees everything on unmount.
 */
export function PreviewGridCanvas({ itemRef, packs, bodyPack, inspection, software }: PreviewGridCanvasProps) {
  const frame = FRAMES[framingFor(slotOf(itemRef, packs))];
  return (
    <Canvas
      data-testid="previewGrid.canvas"
      frameloop="demand"
      orthographic
      dpr={software ? 1 : [1, 2]}
      performance={{ min: 0.5, debounce: 300 }}
      camera={{ position: [0, frame.centreY, 10], near: 0.1, far: 30, left: -1, right: 1, top: 1, bottom: -1 }}
      gl={{ antialias: !software, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => void (gl.info.autoReset = false)} // the grid counts all its cells per frame
    >
      <color attach="background" args={[STAGE_BACKGROUND]} />
      <StudioLights />
      <PreviewCast itemRef={itemRef} packs={packs} bodyPack={bodyPack} cheapMaterials={software} inspection={inspection} frame={frame} />
      <GridCameraControls frame={frame} />
    </Canvas>
  );
}
