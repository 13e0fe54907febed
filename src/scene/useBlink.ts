import { useEffect, useState } from 'react';
import { ETHNICITIES, EYES_CLOSED, mixExpression, parseExpressions, type ExpressionUnits } from '../avatar/expressions';
import type { ShapeModel } from '../avatar/shape';
import type { AvatarDirector } from '../avatar/three/AvatarDirector';
import { packAssetUrl, type LoadedPack } from '../packs/loadPack';
import { assetLibrary } from './assets';
import { nextFrame } from './stageProbe';

/** The body pack's expression units (290 kB), downloaded after the first view and only when the avatar blinks. */
function useExpressionUnits(bodyPack: LoadedPack | null, onStage: boolean, enabled: boolean): ExpressionUnits | null {
  const [units, setUnits] = useState<ExpressionUnits | null>(null);
  const body = bodyPack?.manifest.body;
  useEffect(() => {
    if (!enabled || !onStage || !bodyPack || !body?.expressions || !body.expressionData) return;
    const [unitsUrl, dataUrl] = [packAssetUrl(bodyPack, body.expressions), packAssetUrl(bodyPack, body.expressionData)];
    let cancelled = false;
    nextFrame() // after the frame that shows the avatar first, which the download would slow
      .then(() => Promise.all([assetLibrary.bytes(unitsUrl), assetLibrary.bytes(dataUrl)]))
      .then(([json, bin]) => parseExpressions(JSON.parse(new TextDecoder().decode(json)), bin))
      .then((loaded) => !cancelled && setUnits(loaded))
      .catch((error: Error) => console.warn(`The avatar will not blink: ${error.message}`));
    return () => {
      cancelled = true;
    };
  }, [enabled, onStage, bodyPack, body]);
  return units;
}

/** Gives the avatar its closed-eyes shape (mixed for its ethnicity, like the body) so idle motion can blink. */
export function useBlinkShape(bodyPack: LoadedPack | null, director: AvatarDirector | null, model: ShapeModel | null, body: Record<string, number>, enabled: boolean): void {
  const units = useExpressionUnits(bodyPack, director !== null, enabled);
  const [african, asian, caucasian] = ETHNICITIES.map((key) => body[key] ?? 1 / 3);
  useEffect(() => {
    if (!director || !model || !units) return;
    director.live.setFaceShape(mixExpression(EYES_CLOSED, units, [african!, asian!, caucasian!], model.reference));
    return () => director.live.setFaceShape(null);
  }, [director, model, units, african, asian, caucasian]);
}
