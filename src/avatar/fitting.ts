/**
 * Pure geometry that makes worn items follow the body: every function works on typed arrays of MakeHuman
 * vertex positions (metres), so the live scene and the exporter share it.
 */

/** Fitted position = w0·B[r0] + w1·B[r1] + w2·B[r2] + offset, for every vertex of a wearable. */
export function fitToBody(
  body: Float32Array,
  refs: Uint16Array,
  weights: Float32Array,
  offsets: Float32Array,
  out: Float32Array,
): void {
  const count = refs.length / 3;
  for (let v = 0; v < count; v += 1) {
    const a = refs[v * 3]! * 3;
    const b = refs[v * 3 + 1]! * 3;
    const c = refs[v * 3 + 2]! * 3;
    const wa = weights[v * 3]!;
    const wb = weights[v * 3 + 1]!;
    const wc = weights[v * 3 + 2]!;
    for (let k = 0; k < 3; k += 1) {
      out[v * 3 + k] = wa * body[a + k]! + wb * body[b + k]! + wc * body[c + k]! + offsets[v * 3 + k]!;
    }
  }
}

/** Body mesh positions from MakeHuman vertex positions, through each mesh vertex's MakeHuman number. */
export function gatherBodyPositions(body: Float32Array, mhVertex: Uint16Array, out: Float32Array): void {
  for (let v = 0; v < mhVertex.length; v += 1) {
    const source = mhVertex[v]! * 3;
    out[v * 3] = body[source]!;
    out[v * 3 + 1] = body[source + 1]!;
    out[v * 3 + 2] = body[source + 2]!;
  }
}

/**
 * Vertices at the same rest position share a key (the first such vertex), so normals recomputed after fitting stay
 * smooth across UV seams (where the mesh repeats a vertex with another UV). Positions are hashed by their bits and
 * compared by value (0 and -0 weld): building a string per vertex took most of an item's build time.
 */
export function weldKeysByPosition(positions: Float32Array): Uint32Array {
  const vertexCount = positions.length / 3;
  const keys = new Uint32Array(vertexCount);
  const firstWithHash = new Map<number, number>();
  const sameHashBefore = new Int32Array(vertexCount);
  const same = (a: number, b: number) => positions[a * 3] === positions[b * 3] && positions[a * 3 + 1] === positions[b * 3 + 1] && positions[a * 3 + 2] === positions[b * 3 + 2];
  for (let v = 0; v < vertexCount; v += 1) {
    const hash = positionHash(positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!);
    const first = firstWithHash.get(hash) ?? -1;
    let match = first;
    while (match !== -1 && !same(match, v)) match = sameHashBefore[match]!;
    if (match !== -1) {
      keys[v] = match;
      continue;
    }
    keys[v] = v;
    sameHashBefore[v] = first;
    firstWithHash.set(hash, v);
  }
  return keys;
}

const hashFloats = new Float32Array(3);
const hashBits = new Uint32Array(hashFloats.buffer);

function positionHash(x: number, y: number, z: number): number {
  // + 0 turns -0 into 0, so both hash alike.
  hashFloats[0] = x + 0;
  hashFloats[1] = y + 0;
  hashFloats[2] = z + 0;
  return (Math.imul(hashBits[0]!, 73856093) ^ Math.imul(hashBits[1]!, 19349663) ^ Math.imul(hashBits[2]!, 83492791)) >>> 0;
}

/** Area-weighted smooth normals; vertices sharing a weld key share one normal. Scratch is sized keys*3. */
export function smoothNormals(
  positions: Float32Array,
  indices: Uint32Array,
  weldKeys: Uint32Array,
  scratch: Float32Array,
  out: Float32Array,
): void {
  scratch.fill(0);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    const ux = positions[b]! - positions[a]!, uy = positions[b + 1]! - positions[a + 1]!, uz = positions[b + 2]! - positions[a + 2]!;
    const vx = positions[c]! - positions[a]!, vy = positions[c + 1]! - positions[a + 1]!, vz = positions[c + 2]! - positions[a + 2]!;
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    for (const corner of [a, b, c]) {
      const key = weldKeys[corner / 3]! * 3;
      scratch[key] = scratch[key]! + nx;
      scratch[key + 1] = scratch[key + 1]! + ny;
      scratch[key + 2] = scratch[key + 2]! + nz;
    }
  }
  for (let v = 0; v < weldKeys.length; v += 1) {
    const key = weldKeys[v]! * 3;
    const length = Math.hypot(scratch[key]!, scratch[key + 1]!, scratch[key + 2]!) || 1;
    out[v * 3] = scratch[key]! / length;
    out[v * 3 + 1] = scratch[key + 1]! / length;
    out[v * 3 + 2] = scratch[key + 2]! / length;
  }
}

/**
 * Deltas over MakeHuman vertices (a face shape) carried to a mesh's vertices: each vertex takes the weighted sum of
 * the deltas of the `perVertex` MakeHuman vertices it follows (1 for the body, 3 for fitted items). Returns
 * false when nothing moves.
 */
export function followDeltas(deltas: Float32Array, refs: Uint16Array, weights: Float32Array, perVertex: number, out: Float32Array): boolean {
  let moved = false;
  const count = out.length / 3;
  for (let v = 0; v < count; v += 1) {
    for (let r = 0; r < perVertex; r += 1) {
      const w = weights[v * perVertex + r]!;
      if (w === 0) continue;
      const source = refs[v * perVertex + r]! * 3;
      for (let k = 0; k < 3; k += 1) {
        const d = w * deltas[source + k]!;
        if (d === 0) continue;
        out[v * 3 + k]! += d;
        moved = true;
      }
    }
  }
  return moved;
}
