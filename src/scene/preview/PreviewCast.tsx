import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Inspection } from '../../core/itemInspection';
import { PREVIEW_BODIES } from '../../core/previewBodies';
import { CellRenderer } from './CellRenderer';
import { registerGridCanvas } from './gridFrames';
import type { Frame } from './gridLayout';
import { gridReport } from './gridReport';
import { slotOf, type CastSource } from './loadCast';
import { usePreviewCast } from './usePreviewCast';

interface PreviewCastProps extends CastSource {
  /** The helpers every avatar shows. */
  inspection: Inspection;
  /** The region every cell shows. */
  frame: Frame;
}

/** The grid's six avatars on stage, with the inspection asked for, drawn one per cell. */
export function PreviewCast({ itemRef, packs, bodyPack, cheapMaterials, inspection, frame }: PreviewCastProps) {
  const cast = usePreviewCast({ itemRef, packs, bodyPack, cheapMaterials });
  const scene = useThree((state) => state.scene);
  const invalidate = useThree((state) => state.invalidate);
  const regress = useThree((state) => state.performance.regress);
  const slot = slotOf(itemRef, packs);
  useEffect(() => registerGridCanvas({ invalidate, regress }), [invalidate, regress]);
  useEffect(() => {
    if (!cast) return;
    cast.forEach((avatar) => scene.add(avatar.object));
    invalidate();
    return () => cast.forEach((avatar) => avatar.object.removeFromParent());
  }, [cast, scene, invalidate]);
  useEffect(() => {
    if (!cast) return;
    cast.forEach((avatar) => avatar.inspect(inspection, slot));
    gridReport.setState({ inspection });
    invalidate();
  }, [cast, inspection, slot, invalidate]);
  return <CellRenderer avatars={cast} frame={frame} count={PREVIEW_BODIES.length} />;
}
