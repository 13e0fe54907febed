/**
 * Rays cast from one origin against surfaces, for placement tests ("does the cap cover this scalp vertex, and
 * from outside?"). Triangles are binned by direction from the origin so each ray tests only a few.
 */
import type { Surface } from './surface';
import { cross, dot, length, sub, type Vec3 } from './vec';

const BINS = 90;
const BIN = (2 * Math.PI) / BINS;

function angles(origin: Vec3, p: Vec3): [number, number] {
  const d = sub(p, origin);
  return [Math.atan2(d[0], d[2]), Math.asin(Math.max(-1, Math.min(1, d[1] / length(d))))];
}

/** Möller–Trumbore: distance along the unit direction to the triangle, or Infinity. */
function hit(origin: Vec3, direction: Vec3, a: Vec3, b: Vec3, c: Vec3): number {
  const [e1, e2] = [sub(b, a), sub(c, a)];
  const p = cross(direction, e2);
  const det = dot(e1, p);
  if (Math.abs(det) < 1e-14) return Infinity;
  const t0 = sub(origin, a);
  const u = dot(t0, p) / det;
  const q = cross(t0, e1);
  const v = dot(direction, q) / det;
  const t = dot(e2, q) / det;
  return u >= 0 && v >= 0 && u + v <= 1 && t > 0 ? t : Infinity;
}

/** For rays from `origin`: the distance to the nearest surface hit along a unit direction (Infinity if none). */
export function rayCaster(surfaces: readonly Surface[], origin: Vec3): (direction: Vec3) => number {
  const triangles: [Vec3, Vec3, Vec3][] = [];
  for (const s of surfaces) {
    const at = (i: number): Vec3 => [s.positions[i * 3]!, s.positions[i * 3 + 1]!, s.positions[i * 3 + 2]!];
    for (let t = 0; t < s.indices.length; t += 3) triangles.push([at(s.indices[t]!), at(s.indices[t + 1]!), at(s.indices[t + 2]!)]);
  }
  const bins = new Map<number, number[]>();
  const rowOf = (elevation: number): number => Math.min(BINS / 2 - 1, Math.floor((elevation + Math.PI / 2) / BIN));
  triangles.forEach((corners, index) => {
    const cornerAngles = corners.map((p) => angles(origin, p));
    let azimuths = cornerAngles.map(([a]) => a);
    if (Math.max(...azimuths) - Math.min(...azimuths) > Math.PI) azimuths = azimuths.map((a) => (a < 0 ? a + 2 * Math.PI : a));
    const elevations = cornerAngles.map(([, e]) => e);
    const polar = Math.max(...elevations.map(Math.abs)) > 1.4;
    const [c0, c1] = polar ? [0, BINS - 1] : [Math.floor(Math.min(...azimuths) / BIN) - 1, Math.floor(Math.max(...azimuths) / BIN) + 1];
    for (let row = rowOf(Math.min(...elevations)) - 1; row <= rowOf(Math.max(...elevations)) + 1; row++) {
      for (let column = c0; column <= c1; column++) {
        const key = row * BINS + (((column % BINS) + BINS) % BINS);
        bins.set(key, [...(bins.get(key) ?? []), index]);
      }
    }
  });
  return (direction) => {
    const [azimuth, elevation] = angles([0, 0, 0], direction);
    const key = rowOf(elevation) * BINS + ((Math.floor(azimuth / BIN) % BINS) + BINS) % BINS;
    return Math.min(Infinity, ...(bins.get(key) ?? []).map((i) => hit(origin, direction, ...triangles[i]!)));
  };
}
