/**
 * Geometry of one wearable: fitted to the reference body with MakeHuman's proxy fitting, split at UV seams,
 * skinned on our skeleton, plus the fitting data the app needs to refit it to any body shape.
 */
import { BODY_VERTEX_COUNT, splitMesh } from './legacyMesh';
import type { ProxyJson } from './catalogueSource';
import { remapSkin } from './skeleton';

/** MakeHuman proxy offsets are decimetres, like every MakeHuman coordinate. */
export const OFFSET_TO_METRES = 0.1;

/** A wearable mesh split at UV seams (per split vertex unless said otherwise). */
export interface WearableGeometry {
  positions: Float32Array;
  uvs: Float32Array;
  indices: Uint32Array;
  /** Source (proxy) vertex of each split vertex: fitting and skin data follow it. */
  sourceVertex: Uint32Array;
  joints: Uint16Array;
  weights: Float32Array;
  /** 3 MakeHuman vertex numbers per vertex. */
  fitRefs: Uint16Array;
  fitWeights: Float32Array;
  /** Metres. */
  fitOffsets: Float32Array;
}

/**
 * Fitted position of every proxy vertex on `body` (MakeHuman vertex positions, metres):
 * p = w0 * B[r0] + w1 * B[r1] + w2 * B[r2] + offset * 0.1. Computed in float64, like the app's refit should be.
 */
export function fitProxyVertices(json: ProxyJson, body: Float32Array): Float32Array {
  const count = json.ref_vIdxs.length;
  const out = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    const refs = json.ref_vIdxs[i]!;
    const weights = json.weights[i]!;
    const offset = json.offsets[i]!;
    for (let axis = 0; axis < 3; axis++) {
      let sum = offset[axis]! * OFFSET_TO_METRES;
      for (let k = 0; k < 3; k++) sum += weights[k]! * body[refs[k]! * 3 + axis]!;
      out[i * 3 + axis] = sum;
    }
  }
  return out;
}

/** Builds the split, fitted, skinned geometry of a proxy at `body` (the reference positions). */
export function buildWearableGeometry(json: ProxyJson, body: Float32Array): WearableGeometry {
  const split = splitMesh(json, () => true, fitProxyVertices(json, body));
  const boneNames = (json.bones ?? []).map((bone) => bone.name);
  const skin = remapSkin(json.skinIndices ?? [], json.skinWeights ?? [], boneNames, json.influencesPerVertex ?? 4);
  const count = split.sourceVertex.length;
  const geometry: WearableGeometry = {
    positions: split.positions,
    uvs: split.uvs,
    indices: split.indices,
    sourceVertex: split.sourceVertex,
    joints: new Uint16Array(count * 4),
    weights: new Float32Array(count * 4),
    fitRefs: new Uint16Array(count * 3),
    fitWeights: new Float32Array(count * 3),
    fitOffsets: new Float32Array(count * 3),
  };
  for (let i = 0; i < count; i++) copySourceVertexData(json, skin, split.sourceVertex[i]!, i, geometry);
  return geometry;
}

function copySourceVertexData(
  json: ProxyJson,
  skin: { joints: Uint16Array; weights: Float32Array },
  source: number,
  i: number,
  out: WearableGeometry,
): void {
  out.joints.set(skin.joints.subarray(source * 4, source * 4 + 4), i * 4);
  out.weights.set(skin.weights.subarray(source * 4, source * 4 + 4), i * 4);
  out.fitRefs.set(json.ref_vIdxs[source]!, i * 3);
  out.fitWeights.set(json.weights[source]!, i * 3);
  const offset = json.offsets[source]!;
  out.fitOffsets.set([offset[0] * OFFSET_TO_METRES, offset[1] * OFFSET_TO_METRES, offset[2] * OFFSET_TO_METRES], i * 3);
}

/**
 * Base-body vertices hidden under the item: `deleteVerts` (a 0/1 mask over all 19158 MakeHuman vertices)
 * restricted to the body (0..13379), as inclusive [first, last] runs.
 */
export function hiddenBodyRanges(deleteVerts: ArrayLike<number>): [number, number][] {
  const ranges: [number, number][] = [];
  for (let v = 0; v < BODY_VERTEX_COUNT; v++) {
    if (!deleteVerts[v]) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === v - 1) last[1] = v;
    else ranges.push([v, v]);
  }
  return ranges;
}

/** True when some edge belongs to a single face: an open sheet (hair card, cloth) that must render both sides. */
export function hasOpenEdges(indices: Uint32Array, sourceVertex: Uint32Array): boolean {
  const edgeUse = new Map<number, number>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = sourceVertex[indices[t + k]!]!;
      const b = sourceVertex[indices[t + ((k + 1) % 3)]!]!;
      if (a === b) continue;
      const key = Math.min(a, b) * 0x100000 + Math.max(a, b);
      edgeUse.set(key, (edgeUse.get(key) ?? 0) + 1);
    }
  }
  for (const uses of edgeUse.values()) if (uses === 1) return true;
  return false;
}
