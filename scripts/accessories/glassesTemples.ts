/** Temple arms: from the hinge back along the side of the head, over the ear, bending down behind it. */
import { settleOnto, type Fit } from './fit';
import type { FrameStyle, FrontLayout } from './glassesFront';
import { GLASSES_CELLS } from './glassesFront';
import type { Part } from './model';
import { superellipseOutline } from './outlines';
import { smoothPath } from './paths';
import { mirrorX } from './place';
import { sweep } from './sweep';
import { type Vec3 } from './vec';

const SAMPLES = 12;

/** The right temple's centre line: settled from outside onto the head, never inside the hinge's line. */
function templePath(fit: Fit, layout: FrontLayout, thickness: number): Vec3[] {
  const ear = fit.landmarks.leftEar;
  const { hinge } = layout;
  const end = ear.back - 0.008;
  const y = Math.max(hinge[1], ear.top - 0.012);
  const along = Array.from({ length: SAMPLES }, (_, i): Vec3 => {
    const t = (i + 1) / SAMPLES;
    return [-0.15, hinge[1] + (y - hinge[1]) * Math.min(1, 2 * t), hinge[2] + (end - hinge[2]) * t];
  });
  const behindEar: Vec3[] = [[-0.15, y - 0.014, end - 0.006], [-0.15, y - 0.032, end - 0.002]];
  const settled = settleOnto(fit.index, [...along, ...behindEar], [1, 0, 0], thickness / 2 + 0.0015);
  const outside = settled.map((p): Vec3 => [Math.min(p[0], hinge[0] - thickness / 2), p[1], p[2]]);
  return smoothPath([[hinge[0] - thickness / 2, hinge[1], hinge[2] - 0.003], ...outside], 3);
}

export function temples(fit: Fit, layout: FrontLayout, style: FrameStyle): Part[] {
  const thickness = Math.min(style.rim.width, 0.0035);
  const height = Math.max(style.rim.width, style.rim.depth) * 0.9;
  const path = templePath(fit, layout, thickness);
  // The flat side faces the head: the section's x (thickness) points outwards, away from it (−X here).
  const sideways = path.map((): Vec3 => [-1, 0, 0]);
  const right = sweep(path, superellipseOutline(thickness, height, 4, 8), { sideways });
  return [right, mirrorX(right)].map((surface) => ({ surface, colour: GLASSES_CELLS.frame, finish: style.frame }));
}
