/** A backpack on the upper back: a rounded body and pocket clear of the shoulder blades, straps over the shoulders. */
import { settleOnto, type Fit } from './fit';
import { FINISHES, type Model, type Part } from './model';
import { superellipseOutline } from './outlines';
import { smoothPath } from './paths';
import { mirrorX, translate } from './place';
import { superellipsoid } from './solids';
import { sweep, tube } from './sweep';
import { addScaled, normalize, scale, type Vec3 } from './vec';

/** Palette cells of the backpack. */
export const BACKPACK_CELLS = { body: 0, trim: 1, metal: 2 } as const;

const HALF: Vec3 = [0.14, 0.19, 0.065];
const STRAP_WIDTH = 0.045;

/** The pack's centre: its front face 1.5 cm behind the furthest-back skin it covers. */
function packCentre(fit: Fit): Vec3 {
  const y = fit.landmarks.chest[1] - 0.03;
  const p = fit.body.positions;
  let back = Infinity;
  for (let i = 0; i < p.length / 3; i++) {
    if (Math.abs(p[i * 3]!) < HALF[0] && Math.abs(p[i * 3 + 1]! - y) < HALF[1]) back = Math.min(back, p[i * 3 + 2]!);
  }
  return [0, y, back - 0.015 - HALF[2]];
}

/** The middle of the left shoulder, seen from the side: straps loop around it. */
function shoulderAxis(fit: Fit, x: number): Vec3 {
  return [x, fit.landmarks.chest[1] + 0.05, 0.02];
}

/** Unit direction at `degrees` around the shoulder (0 forward, 90 up), in the side plane. */
function around(degrees: number): Vec3 {
  const a = (degrees * Math.PI) / 180;
  return [0, Math.sin(a), Math.cos(a)];
}

/**
 * The left strap: from the top of the pack over the shoulder, down the chest, under the arm and back into the
 * pack's lower side, each point settled onto the body from outside, towards the shoulder's middle.
 */
function strapPath(fit: Fit, centre: Vec3): Vec3[] {
  const controls: [number, number][] = [
    [0.085, 165], [0.087, 145], [0.088, 125], [0.09, 105], [0.09, 85], [0.092, 65], [0.096, 45], [0.103, 25], [0.115, 5], [0.13, -15],
    [0.145, -35], [0.158, -55], [0.166, -75], [0.168, -95], [0.162, -120], [0.15, -145], [0.13, -165],
  ];
  const inward = controls.map(([, degrees]) => scale(around(degrees), -1));
  // The strap is 4.5 cm wide: settle five lines across it, and keep whichever stops farthest out.
  const across = [-0.5, -0.25, 0, 0.25, 0.5].map((k) => k * STRAP_WIDTH).map((dx) => {
    const starts = controls.map(([x, degrees]) => addScaled(shoulderAxis(fit, x + dx), around(degrees), 0.14));
    return settleOnto(fit.index, starts, inward, 0.006).map((p): Vec3 => [p[0] - dx, p[1], p[2]]);
  });
  const middle = shoulderAxis(fit, 0);
  const outness = (p: Vec3): number => Math.hypot(p[1] - middle[1], p[2] - middle[2]);
  const settled = controls.map((_, i) => across.map((line) => line[i]!).reduce((a, b) => (outness(b) > outness(a) ? b : a)));
  // Both ends run on into the pack, where it is sewn.
  const top: Vec3 = [0.075, centre[1] + HALF[1] - 0.04, centre[2] + HALF[2] * 0.5];
  const bottom: Vec3 = [0.115, centre[1] - HALF[1] + 0.05, centre[2] + HALF[2] * 0.5];
  return smoothPath([top, ...settled, bottom], 3);
}

function strap(fit: Fit, centre: Vec3): Part {
  const path = strapPath(fit, centre);
  const middle = shoulderAxis(fit, 0);
  const outward = path.map((p) => normalize([0, p[1] - middle[1], p[2] - middle[2]]));
  return { surface: sweep(path, superellipseOutline(0.006, STRAP_WIDTH, 6, 16), { sideways: outward }), colour: BACKPACK_CELLS.trim, finish: FINISHES.fabric };
}

export function buildBackpack(fit: Fit, name: string): Model {
  const centre = packCentre(fit);
  const pocketCentre: Vec3 = [0, centre[1] - 0.07, centre[2] - HALF[2] + 0.005];
  const handleTop = centre[1] + HALF[1] + 0.02;
  const handle = smoothPath([[-0.03, handleTop - 0.025, centre[2]], [0, handleTop, centre[2]], [0.03, handleTop - 0.025, centre[2]]], 8);
  const left = strap(fit, centre);
  return {
    name,
    parts: [
      { surface: translate(superellipsoid(HALF, 5, 40, 24), centre), colour: BACKPACK_CELLS.body, finish: FINISHES.fabric },
      { surface: translate(superellipsoid([0.1, 0.075, 0.03], 5, 32, 16), pocketCentre), colour: BACKPACK_CELLS.body, finish: FINISHES.fabric },
      { surface: tube(handle, 0.005, 10), colour: BACKPACK_CELLS.trim, finish: FINISHES.fabric },
      { surface: tube([[-0.08, pocketCentre[1] + 0.05, pocketCentre[2] - 0.03], [0.08, pocketCentre[1] + 0.05, pocketCentre[2] - 0.03]], 0.002, 8), colour: BACKPACK_CELLS.metal, finish: FINISHES.metal },
      left,
      { ...left, surface: mirrorX(left.surface) },
    ],
  };
}
