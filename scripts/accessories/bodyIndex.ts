/**
 * Nearest-vertex queries on the reference body (a uniform grid of buckets), and a signed distance from its
 * surface: the offset along the nearest vertex's normal. Good enough to keep rigid parts off the skin.
 */
import type { ReferenceBody } from './body';
import { dot, sub, type Vec3 } from './vec';

const CELL = 0.01;

export interface BodyIndex {
  /** The nearest body vertex within `reach` metres, or -1. */
  nearest(p: Vec3, reach?: number): number;
  /** Positive outside the skin, negative inside; +Infinity when no vertex is within reach. */
  signedDistance(p: Vec3, reach?: number): number;
  vertex(i: number): Vec3;
  normal(i: number): Vec3;
}

export function indexBody(body: ReferenceBody): BodyIndex {
  const buckets = new Map<number, number[]>();
  const cellOf = (v: number): number => Math.floor(v / CELL);
  // Cells within ±5 m of the origin get distinct numeric keys (cheaper than strings in the inner loop).
  const key = (x: number, y: number, z: number): number => ((x + 512) * 1024 + (y + 512)) * 1024 + (z + 512);
  const vertex = (i: number): Vec3 => [body.positions[i * 3]!, body.positions[i * 3 + 1]!, body.positions[i * 3 + 2]!];
  const normal = (i: number): Vec3 => [body.normals[i * 3]!, body.normals[i * 3 + 1]!, body.normals[i * 3 + 2]!];
  for (let i = 0; i < body.positions.length / 3; i++) {
    const [x, y, z] = vertex(i).map(cellOf) as [number, number, number];
    const bucket = buckets.get(key(x, y, z));
    if (bucket) bucket.push(i);
    else buckets.set(key(x, y, z), [i]);
  }
  const nearest = (p: Vec3, reach = 0.03): number => {
    const span = Math.ceil(reach / CELL);
    const [cx, cy, cz] = p.map(cellOf) as [number, number, number];
    let [best, bestDistance] = [-1, reach * reach];
    for (let x = cx - span; x <= cx + span; x++)
      for (let y = cy - span; y <= cy + span; y++)
        for (let z = cz - span; z <= cz + span; z++)
          for (const i of buckets.get(key(x, y, z)) ?? []) {
            const d = sub(vertex(i), p);
            if (dot(d, d) < bestDistance) [best, bestDistance] = [i, dot(d, d)];
          }
    return best;
  };
  const signedDistance = (p: Vec3, reach?: number): number => {
    const i = nearest(p, reach);
    return i < 0 ? Infinity : dot(sub(p, vertex(i)), normal(i));
  };
  return { nearest, signedDistance, vertex, normal };
}
