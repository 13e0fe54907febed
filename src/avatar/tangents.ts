/**
 * Per-vertex tangents (VEC4, w = handedness) from UVs, for materials with a normal map: the glTF validator
 * warns when a normal-mapped primitive leaves tangent generation to the runtime. Lengyel's method, accumulated
 * per triangle and Gram-Schmidt orthogonalised against the vertex normal.
 */

type V3 = [number, number, number];

function read3(array: Float32Array, i: number): V3 {
  return [array[i * 3]!, array[i * 3 + 1]!, array[i * 3 + 2]!];
}

/** Adds one triangle's UV-space derivatives (dP/du into `tan`, dP/dv into `bitan`) to its three corners. */
function accumulateTriangle(positions: Float32Array, uvs: Float32Array, corners: number[], tan: Float64Array, bitan: Float64Array): void {
  const [a, b, c] = corners as [number, number, number];
  const [pa, pb, pc] = [read3(positions, a), read3(positions, b), read3(positions, c)];
  const [du1, dv1] = [uvs[b * 2]! - uvs[a * 2]!, uvs[b * 2 + 1]! - uvs[a * 2 + 1]!];
  const [du2, dv2] = [uvs[c * 2]! - uvs[a * 2]!, uvs[c * 2 + 1]! - uvs[a * 2 + 1]!];
  const determinant = du1 * dv2 - du2 * dv1;
  if (Math.abs(determinant) < 1e-20) return; // Degenerate UVs: no information.
  const r = 1 / determinant;
  for (let k = 0; k < 3; k++) {
    const [e1, e2] = [pb[k]! - pa[k]!, pc[k]! - pa[k]!];
    const t = (e1 * dv2 - e2 * dv1) * r;
    const s = (e2 * du1 - e1 * du2) * r;
    for (const corner of corners) {
      tan[corner * 3 + k]! += t;
      bitan[corner * 3 + k]! += s;
    }
  }
}

/** Any unit vector perpendicular to `n`. */
function perpendicular(n: V3): V3 {
  const axis: V3 = Math.abs(n[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const d = axis[0] * n[0] + axis[1] * n[1] + axis[2] * n[2];
  const v: V3 = [axis[0] - d * n[0], axis[1] - d * n[1], axis[2] - d * n[2]];
  const length = Math.hypot(...v);
  return [v[0] / length, v[1] / length, v[2] / length];
}

/** Tangents for an indexed triangle mesh with unit normals and UVs. */
export function computeTangents(positions: Float32Array, normals: Float32Array, uvs: Float32Array, indices: Uint32Array): Float32Array {
  const count = positions.length / 3;
  const tan = new Float64Array(count * 3);
  const bitan = new Float64Array(count * 3);
  for (let t = 0; t < indices.length; t += 3) accumulateTriangle(positions, uvs, [indices[t]!, indices[t + 1]!, indices[t + 2]!], tan, bitan);
  const out = new Float32Array(count * 4);
  for (let i = 0; i < count; i++) {
    const n = read3(normals, i);
    const t: V3 = [tan[i * 3]!, tan[i * 3 + 1]!, tan[i * 3 + 2]!];
    const d = t[0] * n[0] + t[1] * n[1] + t[2] * n[2];
    const ortho: V3 = [t[0] - d * n[0], t[1] - d * n[1], t[2] - d * n[2]];
    const length = Math.hypot(...ortho);
    const unit: V3 = length > 1e-12 ? [ortho[0] / length, ortho[1] / length, ortho[2] / length] : perpendicular(n);
    // Handedness: glTF normal maps are green-up, so bitangent = cross(n, t) * w must point up the image, i.e.
    // towards decreasing glTF v (as MikkTSpace on OpenGL UVs, the way Blender exports): against dP/dv.
    const cross: V3 = [n[1] * unit[2] - n[2] * unit[1], n[2] * unit[0] - n[0] * unit[2], n[0] * unit[1] - n[1] * unit[0]];
    const w = cross[0] * bitan[i * 3]! + cross[1] * bitan[i * 3 + 1]! + cross[2] * bitan[i * 3 + 2]! > 0 ? -1 : 1;
    out.set([unit[0], unit[1], unit[2], w], i * 4);
  }
  return out;
}
