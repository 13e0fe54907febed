import { useEffect, useMemo, useState } from 'react';
import { applyShape, clampShapeValues, parseShapeData, type ShapeModel } from '../avatar/shape';
import type { AvatarDirector } from '../avatar/three/AvatarDirector';
import { packAssetUrl, type LoadedPack } from '../packs/loadPack';
import { assetLibrary } from './assets';
import { registerPendingWork } from './stageProbe';

/** Downloads and decodes the body-shape data; it arrives after the first view (the GLBs already show the default body). */
export function useShapeModel(bodyPack: LoadedPack | null): ShapeModel | null {
  const [model, setModel] = useState<ShapeModel | null>(null);
  const body = bodyPack?.manifest.body;
  useEffect(() => {
    if (!bodyPack || !body) return;
    let cancelled = false;
    const loading = Promise.all([assetLibrary.bytes(packAssetUrl(bodyPack, body.shape)), assetLibrary.bytes(packAssetUrl(bodyPack, body.shapeData))])
      .then(([json, bin]) => parseShapeData(JSON.parse(new TextDecoder().decode(json)), toArrayBuffer(bin)))
      .then((parsed) => !cancelled && setModel(parsed))
      .catch((error: Error) => console.error(`Body-shape data could not be loaded: ${error.message}`));
    const unregister = registerPendingWork(() => loading.then(() => undefined));
    return () => {
      cancelled = true;
      unregister();
    };
  }, [bodyPack, body]);
  return model;
}

/** Reshapes the avatar (body, skeleton, every worn item) whenever the body values change. */
export function useShapedBody(bodyPack: LoadedPack | null, director: AvatarDirector | null, values: Record<string, number>): ShapeModel | null {
  const model = useShapeModel(bodyPack);
  const positions = useMemo(() => (model ? new Float32Array(model.vertexCount * 3) : null), [model]);
  useEffect(() => {
    if (!model || !director || !positions) return;
    applyShape(model, clampShapeValues(model, values), positions);
    director.live.setBodyPositions(positions);
  }, [model, director, positions, values]);
  return model;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
}
