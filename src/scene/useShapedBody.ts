import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { applyShape, clampShapeValues, type ShapeModel } from '../avatar/shape';
import type { AvatarDirector } from '../avatar/three/AvatarDirector';
import type { LoadedPack } from '../packs/loadPack';
import { avatarStore } from '../state';
import { shapeModelOf } from './assets';
import { stageFocus } from './stageFocus';
import { currentSceneVersion, nextFrame, registerPendingWork, sceneChanged, whenSceneChanged } from './stageProbe';

/**
 * The body-shape data (2.3 MB): downloaded once the dressed avatar is on screen, so it does not compete with
 * the first view (the GLBs already show the default body).
 */
export function useShapeModel(bodyPack: LoadedPack | null, director: AvatarDirector | null): ShapeModel | null {
  const [model, setModel] = useState<ShapeModel | null>(null);
  useEffect(() => {
    if (!bodyPack || !director) return;
    let cancelled = false;
    const loading = director
      .settled()
      .then(nextFrame) // the frame that shows the dressed avatar first: its download would slow that frame
      .then(() => shapeModelOf(bodyPack))
      .then((loaded) => {
        if (cancelled) return;
        const before = currentSceneVersion();
        setModel(loaded);
        avatarStore.getState().setBodyData({ bodyControls: [...loaded.controls] });
        return whenSceneChanged(before); // settles once useShapedBody has put the shape on the avatar
      })
      .catch((error: Error) => console.error(`Body-shape data could not be loaded: ${error.message}`));
    const unregister = registerPendingWork(() => loading.then(() => undefined));
    return () => {
      cancelled = true;
      unregister();
    };
  }, [bodyPack, director]);
  return model;
}

/** Reshapes the avatar (body, skeleton, every worn item) whenever the body values change. */
export function useShapedBody(bodyPack: LoadedPack | null, director: AvatarDirector | null, values: Record<string, number>): ShapeModel | null {
  const model = useShapeModel(bodyPack, director);
  const positions = useMemo(() => (model ? new Float32Array(model.vertexCount * 3) : null), [model]);
  const regress = useThree((state) => state.performance.regress);
  const shaped = useRef<{ model: ShapeModel; director: AvatarDirector } | null>(null);
  useEffect(() => {
    if (!model || !director || !positions) return;
    // While a slider moves, render at a lower resolution so each step shows at once (AdaptiveDpr restores it). An
    // avatar's first shape (its shape data just arrived) shows at full resolution: nothing is moving.
    const reshaping = shaped.current?.model === model && shaped.current.director === director;
    shaped.current = { model, director };
    if (reshaping) regress();
    applyShape(model, clampShapeValues(model, values), positions);
    director.live.setBodyPositions(positions);
    sceneChanged();
    stageFocus.setState(director.live.landmarks());
  }, [model, director, positions, values, regress]);
  return model;
}
