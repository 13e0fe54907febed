/** Over-ear headphones: cups over the ears on cushions, joined by a band arching over the skull. */
import type { Fit } from './fit';
import { FINISHES, type Model, type Part } from './model';
import { superellipseOutline } from './outlines';
import { arcPath, smoothPath } from './paths';
import { mirrorX, translate } from './place';
import { superellipsoid } from './solids';
import { sweep, tube } from './sweep';
import { normalize, sub, type Vec3 } from './vec';

/** Palette cells of headphones. */
export const HEADPHONE_CELLS = { shell: 0, cushion: 1, metal: 2 } as const;

const CUP: Vec3 = [0.014, 0.045, 0.037];
const CUSHION_WIRE = 0.008;

/** The left cup's centre: over the ear, clear of its outer edge by the cushion. */
function cupCentre(fit: Fit): Vec3 {
  const ear = fit.landmarks.leftEar;
  return [ear.outerX + 2 * CUSHION_WIRE + CUP[0], ear.centre[1], ear.centre[2]];
}

function leftCup(fit: Fit): Part[] {
  const centre = cupCentre(fit);
  const ringX = centre[0] - CUP[0] - CUSHION_WIRE * 0.6;
  const ring = arcPath([ringX, centre[1], centre[2]], [1, 0, 0], [0, 1, 0], 1, 2 * Math.PI, 40).map(
    ([, y, z]): Vec3 => [ringX, centre[1] + (y - centre[1]) * (CUP[1] - 0.008), centre[2] + (z - centre[2]) * (CUP[2] - 0.008)],
  );
  const yokeTop: Vec3 = [centre[0], centre[1] + CUP[1] + 0.012, centre[2]];
  return [
    { surface: translate(superellipsoid(CUP, 3, 32, 16), centre), colour: HEADPHONE_CELLS.shell, finish: FINISHES.plastic },
    { surface: tube(ring, CUSHION_WIRE, 12, { closed: true }), colour: HEADPHONE_CELLS.cushion, finish: FINISHES.matte },
    { surface: tube([[centre[0], centre[1] + CUP[1] - 0.004, centre[2]], yokeTop], 0.003, 10), colour: HEADPHONE_CELLS.metal, finish: FINISHES.metal },
  ];
}

/** The band's centre line: over the skull, 1.5 cm out, from one yoke to the other. */
function bandPath(fit: Fit): Vec3[] {
  const top = cupCentre(fit);
  const yoke: Vec3 = [top[0], top[1] + CUP[1] + 0.012, top[2]];
  const arc = Array.from({ length: 9 }, (_, i) => {
    const elevation = Math.PI / 2 - ((i - 4) / 4) * 1.05;
    return fit.head.pointAt(i < 4 ? -Math.PI / 2 : Math.PI / 2, Math.min(elevation, Math.PI - elevation), 0.015);
  });
  return smoothPath([[-yoke[0], yoke[1], yoke[2]], ...arc, yoke], 6);
}

export function buildHeadphones(fit: Fit, name: string): Model {
  const path = bandPath(fit);
  const outward = path.map((p) => normalize(sub(p, fit.landmarks.headCentre)));
  const band = sweep(path, superellipseOutline(0.006, 0.026, 4, 16), { sideways: outward });
  const cup = leftCup(fit);
  return {
    name,
    parts: [...cup, ...cup.map((part) => ({ ...part, surface: mirrorX(part.surface) })), { surface: band, colour: HEADPHONE_CELLS.shell, finish: FINISHES.plastic }],
  };
}
