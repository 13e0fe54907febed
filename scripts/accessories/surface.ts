/**
 * Triangle surfaces built from grids of points. Normals are smooth within one surface (area-weighted, shared by
 * vertices at the same position, so closed seams and poles do not show) and hard between surfaces.
 */
import { add, cross, type Vec3, normalize, sub, centroid, dot, length } from './vec';

export interface Surface {
  /** x, y, z per vertex (metres). */
  positions: number[];
  normals: number[];
  /** Counter-clockwise triangles seen from the side the normals point to. */
  indices: number[];
}

export interface GridOptions {
  /** The last column joins the first (a tube around its path). */
  wrap?: boolean;
  /** Faces the other way. */
  flip?: boolean;
}

/**
 * A surface through rows of points (every row has as many points). Unflipped, a face looks along
 * (next point in the row − point) × (same point in the next row − point). Zero-area triangles (at poles) are dropped.
 */
export function gridSurface(rows: readonly (readonly Vec3[])[], options: GridOptions = {}): Surface {
  const columns = rows[0]?.length ?? 0;
  const positions = rows.flatMap((row) => {
    if (row.length !== columns) throw new Error('every row of a grid needs the same number of points');
    return row.flatMap((p) => [...p]);
  });
  const indices: number[] = [];
  const quads = options.wrap ? columns : columns - 1;
  for (let i = 0; i + 1 < rows.length; i++) {
    for (let j = 0; j < quads; j++) {
      const [a, b] = [i * columns + j, i * columns + ((j + 1) % columns)];
      const [c, d] = [b + columns, a + columns];
      indices.push(...(options.flip ? [a, c, b, a, d, c] : [a, b, c, a, c, d]));
    }
  }
  return withNormals(positions, dropDegenerate(positions, indices));
}

/** Closes a loop of points with a fan around its centroid, facing along `facing`. */
export function capLoop(loop: readonly Vec3[], facing: Vec3): Surface {
  const centre = centroid(loop);
  const positions = [...centre, ...loop.flatMap((p) => [...p])];
  const indices = loop.flatMap((_, j) => [0, j + 1, ((j + 1) % loop.length) + 1]);
  const normal = cross(sub(loop[0]!, centre), sub(loop[1]!, centre));
  const flipped = dot(normal, facing) < 0 ? reverseWinding(indices) : indices;
  return withNormals(positions, dropDegenerate(positions, flipped));
}

/** One surface holding all of `surfaces` (each keeps its own normals). */
export function mergeSurfaces(surfaces: readonly Surface[]): Surface {
  const merged: Surface = { positions: [], normals: [], indices: [] };
  for (const surface of surfaces) {
    const offset = merged.positions.length / 3;
    merged.positions.push(...surface.positions);
    merged.normals.push(...surface.normals);
    merged.indices.push(...surface.indices.map((i) => i + offset));
  }
  return merged;
}

export function triangleCount(surface: Surface): number {
  return surface.indices.length / 3;
}

export function reverseWinding(indices: readonly number[]): number[] {
  const out = [...indices];
  for (let t = 0; t < out.length; t += 3) [out[t + 1], out[t + 2]] = [out[t + 2]!, out[t + 1]!];
  return out;
}

function vertex(positions: readonly number[], i: number): Vec3 {
  return [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!];
}

function faceNormal(positions: readonly number[], a: number, b: number, c: number): Vec3 {
  const pa = vertex(positions, a);
  return cross(sub(vertex(positions, b), pa), sub(vertex(positions, c), pa));
}

function dropDegenerate(positions: readonly number[], indices: readonly number[]): number[] {
  const kept: number[] = [];
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    if (length(faceNormal(positions, a, b, c)) > 1e-12) kept.push(a, b, c);
  }
  return kept;
}

/** Area-weighted smooth normals; vertices at the same position share theirs. */
function withNormals(positions: number[], indices: number[]): Surface {
  const count = positions.length / 3;
  const groupOf = new Map<string, number>();
  const group = Array.from({ length: count }, (_, i) => {
    const key = vertex(positions, i).map((v) => Math.round(v * 1e6)).join(',');
    if (!groupOf.has(key)) groupOf.set(key, groupOf.size);
    return groupOf.get(key)!;
  });
  const sums: Vec3[] = Array.from({ length: groupOf.size }, () => [0, 0, 0]);
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const n = faceNormal(positions, a, b, c);
    for (const corner of [a, b, c]) sums[group[corner]!] = add(sums[group[corner]!]!, n);
  }
  const normals = group.flatMap((g) => {
    const n = normalize(sums[g]!);
    return length(n) > 0 ? [...n] : [0, 1, 0];
  });
  return { positions, normals, indices };
}
