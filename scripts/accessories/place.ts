/** Moves surfaces into the avatar's space: orthonormal frames, translation and mirroring. */
import { reverseWinding, type Surface } from './surface';
import { add, cross, normalize, scale, type Vec3 } from './vec';

/** Where a part's local axes land: local (a, b, c) → origin + a·x + b·y + c·z. Axes are unit and orthogonal. */
export interface Frame {
  origin: Vec3;
  x: Vec3;
  y: Vec3;
  z: Vec3;
}

export const IDENTITY_FRAME: Frame = { origin: [0, 0, 0], x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] };

/** A right-handed frame at `origin` whose z points along `forward` and whose y is as close to `up` as it can be. */
export function frameLookingAlong(origin: Vec3, forward: Vec3, up: Vec3 = [0, 1, 0]): Frame {
  const z = normalize(forward);
  const x = normalize(cross(up, z));
  return { origin, x, y: cross(z, x), z };
}

export function toFrame(frame: Frame, p: Vec3): Vec3 {
  return add(frame.origin, add(add(scale(frame.x, p[0]), scale(frame.y, p[1])), scale(frame.z, p[2])));
}

function mapTriples(values: readonly number[], map: (v: Vec3) => Vec3): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 3) out.push(...map([values[i]!, values[i + 1]!, values[i + 2]!]));
  return out;
}

export function placeInFrame(surface: Surface, frame: Frame): Surface {
  const rotation: Frame = { ...frame, origin: [0, 0, 0] };
  return {
    positions: mapTriples(surface.positions, (p) => toFrame(frame, p)),
    normals: mapTriples(surface.normals, (n) => toFrame(rotation, n)),
    indices: [...surface.indices],
  };
}

export function translate(surface: Surface, offset: Vec3): Surface {
  return placeInFrame(surface, { ...IDENTITY_FRAME, origin: offset });
}

/** The mirror image across the X = 0 plane (the avatar's other side); windings flip so faces still point out. */
export function mirrorX(surface: Surface): Surface {
  const flipX = (v: Vec3): Vec3 => [-v[0], v[1], v[2]];
  return {
    positions: mapTriples(surface.positions, flipX),
    normals: mapTriples(surface.normals, flipX),
    indices: reverseWinding(surface.indices),
  };
}
