/** Flat parts cut from an outline and given a thickness: lenses, a cap's visor, a watch face. */
import { capLoop, gridSurface, mergeSurfaces, type Surface } from './surface';
import type { Vec2, Vec3 } from './vec';

/**
 * Extrudes a counter-clockwise outline (star-shaped around its centroid) in the XY plane from z = 0 to
 * z = `depth`: sides plus flat front (+Z) and back (−Z) faces.
 */
export function extrudeOutline(outline: readonly Vec2[], depth: number): Surface {
  const ring = (z: number): Vec3[] => outline.map(([x, y]) => [x, y, z] as const);
  const [back, front] = [ring(0), ring(depth)];
  const sides = gridSurface([back, front], { wrap: true });
  return mergeSurfaces([sides, capLoop(front, [0, 0, 1]), capLoop(back, [0, 0, -1])]);
}
