/** Test helper: whether hair stands out through headwear, by exact ray casts (independent of headwear.ts's binning). */
import type { Vec3 } from './assetData';
import type { HeadwearShell } from './headwear';

/**
 * Hair vertices that stand outside the headwear: farther from the head centre than where the ray from the centre
 * through them first meets a headwear triangle (an exact test, independent of the binning under test).
 */
export function pokingThrough(hair: ArrayLike<number>, shells: HeadwearShell[], centre: Vec3, tolerance = 0.001): number {
  let poking = 0;
  for (let v = 0; v < hair.length; v += 3) {
    const d: Vec3 = [hair[v]! - centre[0], hair[v + 1]! - centre[1], hair[v + 2]! - centre[2]];
    const r = Math.hypot(...d);
    const hit = nearestHit(d.map((x) => x / r) as Vec3, shells, centre);
    if (hit < r - tolerance) poking += 1;
  }
  return poking;
}

function nearestHit(direction: Vec3, shells: HeadwearShell[], centre: Vec3): number {
  let nearest = Infinity;
  for (const { positions: p, indices } of shells) {
    for (let t = 0; t < indices.length; t += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => [0, 1, 2].map((axis) => p[indices[t + k]! * 3 + axis]! - centre[axis]!) as Vec3);
      const distance = rayTriangle(direction, a!, b!, c!);
      if (distance > 0 && distance < nearest) nearest = distance;
    }
  }
  return nearest;
}

/** Möller–Trumbore from the origin: the distance along `d` to the triangle, or -1. */
function rayTriangle(d: Vec3, a: Vec3, b: Vec3, c: Vec3): number {
  const e1 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const e2 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  const p = [d[1] * e2[2]! - d[2] * e2[1]!, d[2] * e2[0]! - d[0] * e2[2]!, d[0] * e2[1]! - d[1] * e2[0]!];
  const det = e1[0]! * p[0]! + e1[1]! * p[1]! + e1[2]! * p[2]!;
  if (Math.abs(det) < 1e-12) return -1;
  const s = [-a[0], -a[1], -a[2]];
  const u = (s[0]! * p[0]! + s[1]! * p[1]! + s[2]! * p[2]!) / det;
  if (u < 0 || u > 1) return -1;
  const q = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
  const v = (d[0] * q[0]! + d[1] * q[1]! + d[2] * q[2]!) / det;
  if (v < 0 || u + v > 1) return -1;
  return (e2[0]! * q[0]! + e2[1]! * q[1]! + e2[2]! * q[2]!) / det;
}
