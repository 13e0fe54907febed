/** A pleated fabric face mask over the nose and mouth, on the smoothed face, with loops around the ears. */
import { settleOnto, type Fit } from './fit';
import { FINISHES, type Model, type Part } from './model';
import { smoothPath } from './paths';
import { mirrorX } from './place';
import { thicken } from './shell';
import { tube } from './sweep';
import type { Vec3 } from './vec';

/** Palette cells of the mask. */
export const MASK_CELLS = { fabric: 0, loops: 1 } as const;

const DEG = Math.PI / 180;
const SIDE = 72 * DEG;

/** The mask's top and bottom edge elevations across the face (0 in front, ±SIDE at the cheeks). */
const topEdge = (a: number): number => (-9 + 5 * (a / SIDE) ** 2) * DEG;
const bottomEdge = (a: number): number => (-55 + 22 * (a / SIDE) ** 2) * DEG;

function maskRows(fit: Fit): Vec3[][] {
  const azimuths = Array.from({ length: 33 }, (_, j) => -SIDE + (2 * SIDE * j) / 32);
  return Array.from({ length: 19 }, (_, i) => {
    const t = i / 18;
    // Three soft pleats across the middle of the mask.
    const pleat = 0.0015 * Math.max(0, Math.sin(t * 4 * Math.PI)) * (t > 0.12 && t < 0.88 ? 1 : 0);
    return azimuths.map((a) => fit.face.pointAt(a, bottomEdge(a) + (topEdge(a) - bottomEdge(a)) * t, 0.004 + pleat));
  });
}

/** The left ear loop: from the mask's upper corner over the ear, behind it, and back to the lower corner. */
function earLoop(fit: Fit): Part {
  const ear = fit.landmarks.leftEar;
  const [upper, lower] = [fit.face.pointAt(SIDE, topEdge(SIDE), 0.005), fit.face.pointAt(SIDE, bottomEdge(SIDE), 0.005)];
  const around: Vec3[] = [
    [0.15, ear.top - 0.004, ear.front - 0.006],
    [0.15, ear.top - 0.002, (ear.front + ear.back) / 2 - 0.004],
    [0.15, ear.top - 0.01, ear.back - 0.005],
    [0.15, ear.centre[1] - 0.012, ear.back - 0.006],
    [0.15, ear.lobe[1] + 0.004, ear.back],
  ];
  const settled = settleOnto(fit.index, around, [-1, 0, 0], 0.0025);
  return { surface: tube(smoothPath([upper, ...settled, lower], 6), 0.0015, 8), colour: MASK_CELLS.loops, finish: FINISHES.matte };
}

export function buildFaceMask(fit: Fit, name: string): Model {
  const loop = earLoop(fit);
  return {
    name,
    parts: [
      { surface: thicken(maskRows(fit), 0.0015, false), colour: MASK_CELLS.fabric, finish: FINISHES.fabric },
      loop,
      { ...loop, surface: mirrorX(loop.surface) },
    ],
  };
}
