/** Solids of revolution and rounded blobs, centred on the origin (place them with the transforms in `place.ts`). */
import { gridSurface, type Surface } from './surface';
import type { Vec2, Vec3 } from './vec';

/**
 * Revolves a profile of [radius, y] points (bottom to top) about the Y axis: hat brims, buttons, pompoms.
 * A profile that starts and ends at radius 0 makes a closed solid.
 */
export function lathe(profile: readonly Vec2[], segments: number): Surface {
  const rows = profile.map(([radius, y]) =>
    Array.from({ length: segments }, (_, j) => {
      const angle = (2 * Math.PI * j) / segments;
      return [radius * Math.cos(angle), y, -radius * Math.sin(angle)] as const;
    }),
  );
  return gridSurface(rows, { wrap: true });
}

/** Signed power that keeps the sign: the superquadric's shaping function. */
function signedPower(value: number, power: number): number {
  return Math.sign(value) * Math.abs(value) ** power;
}

/**
 * A superellipsoid with half-extents `radii`: exponent 2 is an ellipsoid, larger exponents square it off into a
 * rounded box (backpack, watch case, ear cups).
 */
export function superellipsoid(radii: Vec3, exponent: number, segments: number, rings: number): Surface {
  const power = 2 / exponent;
  const rows = Array.from({ length: rings + 1 }, (_, i) => {
    const phi = -Math.PI / 2 + (Math.PI * i) / rings;
    const [cp, sp] = [signedPower(Math.cos(phi), power), signedPower(Math.sin(phi), power)];
    return Array.from({ length: segments }, (_, j) => {
      const theta = (2 * Math.PI * j) / segments;
      return [radii[0] * cp * signedPower(Math.cos(theta), power), radii[1] * sp, -radii[2] * cp * signedPower(Math.sin(theta), power)] as const;
    });
  });
  return gridSurface(rows, { wrap: true });
}

export function ellipsoid(radii: Vec3, segments: number, rings: number): Surface {
  return superellipsoid(radii, 2, segments, rings);
}
