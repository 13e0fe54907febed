/**
 * Hair under headwear. Hair is fitted to the scalp and a hat to the head, each with its own thickness: bushy
 * hair stands out through a hat. Seen from the middle of the head, the hat covers a set of directions; in each of
 * them, hair farther out than the hat's inner surface is pulled in along that direction to just inside it, as a hat
 * presses hair down. Hair in directions the hat does not cover (below the brim: long hair, the nape) keeps its shape.
 * Pure: the live avatar and the exporter tuck the same way.
 */
import type { Vec3 } from './assetData';

/** The slots that meet under a hat: items worn as hair are tucked under items worn as headwear. */
export const HAIR_SLOT = 'hair';
export const HEADWEAR_SLOT = 'headwear';

/** One mesh of the headwear, in the same space as the hair. */
export interface HeadwearShell {
  positions: ArrayLike<number>;
  indices: ArrayLike<number>;
}

/** Directions are binned on the faces of a cube around the head centre: BINS × BINS per face, about 3.75° each. */
const BINS = 24;
const BIN_ANGLE = Math.PI / 2 / BINS;
/** How far inside the hat's inner surface tucked hair ends (metres): clear of it, so it cannot flicker through. */
const CLEARANCE = 0.004;
const MAX_SAMPLES_PER_EDGE = 48;
/** Closer than this (metres) counts as under already: float rounding must not move tucked hair again. */
const ROUNDING = 1e-5;

/** The bin of direction (x, y, z) from the centre. */
function binOf(x: number, y: number, z: number): number {
  const [ax, ay, az] = [Math.abs(x), Math.abs(y), Math.abs(z)];
  let face: number;
  let u: number;
  let v: number;
  if (ax >= ay && ax >= az) [face, u, v] = [x > 0 ? 0 : 1, y / ax, z / ax];
  else if (ay >= az) [face, u, v] = [y > 0 ? 2 : 3, x / ay, z / ay];
  else [face, u, v] = [z > 0 ? 4 : 5, x / az, y / az];
  const column = Math.min(BINS - 1, Math.floor(((u + 1) / 2) * BINS));
  const row = Math.min(BINS - 1, Math.floor(((v + 1) / 2) * BINS));
  return (face * BINS + row) * BINS + column;
}

/**
 * The distance from the centre to the nearest point of the headwear in each direction bin; Infinity where it does
 * not cover. Triangles are sampled densely enough (half a bin apart) that a hat leaves no uncovered bin on its way.
 */
export function headwearCover(shells: readonly HeadwearShell[], centre: Vec3): Float32Array {
  const nearest = new Float32Array(6 * BINS * BINS).fill(Infinity);
  const corner = [new Float64Array(3), new Float64Array(3), new Float64Array(3)];
  for (const { positions, indices } of shells) {
    for (let t = 0; t + 2 < indices.length; t += 3) {
      let nearestCorner = Infinity;
      for (let k = 0; k < 3; k += 1) {
        const vertex = indices[t + k]! * 3;
        for (let axis = 0; axis < 3; axis += 1) corner[k]![axis] = positions[vertex + axis]! - centre[axis]!;
        nearestCorner = Math.min(nearestCorner, Math.hypot(corner[k]![0]!, corner[k]![1]!, corner[k]![2]!));
      }
      const longestEdge = Math.max(distance(corner[0]!, corner[1]!), distance(corner[1]!, corner[2]!), distance(corner[2]!, corner[0]!));
      const steps = Math.min(MAX_SAMPLES_PER_EDGE, Math.max(1, Math.ceil(longestEdge / (Math.max(nearestCorner, 1e-3) * BIN_ANGLE * 0.5))));
      sampleTriangle(corner, steps, nearest);
    }
  }
  return nearest;
}

function distance(a: Float64Array, b: Float64Array): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

/** Records the triangle's barycentric grid points (`steps` intervals per edge) in `nearest`. */
function sampleTriangle([a, b, c]: Float64Array[], steps: number, nearest: Float32Array): void {
  for (let i = 0; i <= steps; i += 1) {
    for (let j = 0; j <= steps - i; j += 1) {
      const [wb, wc] = [i / steps, j / steps];
      const wa = 1 - wb - wc;
      const x = wa * a![0]! + wb * b![0]! + wc * c![0]!;
      const y = wa * a![1]! + wb * b![1]! + wc * c![1]!;
      const z = wa * a![2]! + wb * b![2]! + wc * c![2]!;
      const r = Math.hypot(x, y, z);
      if (r === 0) continue;
      const bin = binOf(x, y, z);
      if (r < nearest[bin]!) nearest[bin] = r;
    }
  }
}

/** Pulls the vertices outside the cover in under it (in place); true when any moved. */
export function tuckUnder(cover: Float32Array, centre: Vec3, positions: Float32Array): boolean {
  let moved = false;
  for (let v = 0; v < positions.length; v += 3) {
    const [x, y, z] = [positions[v]! - centre[0], positions[v + 1]! - centre[1], positions[v + 2]! - centre[2]];
    const r = Math.hypot(x, y, z);
    if (r === 0) continue;
    const limit = cover[binOf(x, y, z)]! - CLEARANCE;
    if (r <= limit + ROUNDING || limit <= 0) continue;
    const scale = limit / r;
    positions[v] = centre[0] + x * scale;
    positions[v + 1] = centre[1] + y * scale;
    positions[v + 2] = centre[2] + z * scale;
    moved = true;
  }
  return moved;
}

/** A point inside the skull, from the skeleton: halfway from the Head joint to the top of the head. */
export function headCentre(head: Vec3, headTop: Vec3): Vec3 {
  return [(head[0] + headTop[0]) / 2, (head[1] + headTop[1]) / 2, (head[2] + headTop[2]) / 2];
}
