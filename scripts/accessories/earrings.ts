/** Earrings at the ear lobes: gold hoops through them, or studs resting on them. */
import type { Fit } from './fit';
import { FINISHES, type Model, type Part } from './model';
import { circlePath } from './paths';
import { frameLookingAlong, mirrorX, placeInFrame } from './place';
import { lathe, superellipsoid } from './solids';
import { tube } from './sweep';
import { addScaled, normalize, type Vec3 } from './vec';

/** Palette cells of earrings. */
export const EARRING_CELLS = { metal: 0, stone: 1 } as const;

/** A pair from the left ear's parts: the right ear's are their mirror image. */
function pair(name: string, left: Part[]): Model {
  return { name, parts: [...left, ...left.map((part) => ({ ...part, surface: mirrorX(part.surface) }))] };
}

export function buildHoopEarrings(fit: Fit, name: string, radius: number): Model {
  const lobe = fit.landmarks.leftEar.lobe;
  // The hoop hangs in the plane of the ear, its top passing through the lobe.
  const centre: Vec3 = [lobe[0] + 0.001, lobe[1] - radius + 0.0025, lobe[2]];
  const ring = circlePath(centre, [1, 0, 0], [0, 1, 0], radius, 48);
  return pair(name, [{ surface: tube(ring, 0.0012, 10, { closed: true }), colour: EARRING_CELLS.metal, finish: FINISHES.metal }]);
}

export function buildStudEarrings(fit: Fit, name: string): Model {
  const lobe = fit.landmarks.leftEar.lobe;
  const nearest = fit.index.nearest(lobe);
  // Face the way the lobe's skin faces, turned a little outwards so the stone shows from the front.
  const facing = normalize(addScaled(fit.index.normal(nearest), [1, 0, 0.4], 0.6));
  const frame = frameLookingAlong(addScaled(lobe, facing, 0.0025), facing);
  const setting = placeInFrame(lathe([[0, -0.0006], [0.0036, -0.0006], [0.0038, 0.0012], [0, 0.0012]], 20), { ...frame, y: frame.z, z: negate(frame.y) });
  const stone = placeInFrame(superellipsoid([0.0033, 0.0033, 0.0026], 2, 20, 12), { ...frame, origin: addScaled(frame.origin, facing, 0.0014) });
  return pair(name, [
    { surface: setting, colour: EARRING_CELLS.metal, finish: FINISHES.metal },
    { surface: stone, colour: EARRING_CELLS.stone, finish: FINISHES.glossy },
  ]);
}

function negate(v: Vec3): Vec3 {
  return [-v[0], -v[1], -v[2]];
}
