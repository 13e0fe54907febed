/**
 * Bakes the base body GLB: MakeHuman's body (material group `body` only: no helper geometry, no joint cubes) at
 * the reference shape, split at UV seams, skinned to the standard skeleton, with `_MHVERTEX` on every vertex.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadBaseMesh, materialIndex, splitMesh } from './legacyMesh';
import type { LegacyMeshJson, SplitMesh } from './legacyMesh';
import { loadReferenceBody } from './referenceBody';
import { buildSkeleton, remapSkin } from './skeleton';
import type { RemappedSkin, Skeleton } from './skeleton';
import { buildSkinnedGlb } from './skinnedGlb';
import type { MaterialInput } from './skinnedGlb';

/** Where the body GLB goes inside the pack. */
export const BODY_GLB_PATH = 'body/body.glb';

/** The body material: no texture (the app applies the chosen skin texture), white so the texture shows as is. */
export const BODY_MATERIAL: MaterialInput = { name: 'skin', baseColorFactor: [1, 1, 1, 1], metallicFactor: 0, roughnessFactor: 0.6 };

/** The body's triangles split at UV seams, at the reference shape (metres, translated). */
export function splitBody(json: LegacyMeshJson = loadBaseMesh()): SplitMesh {
  const body = materialIndex(json, 'body');
  return splitMesh(json, (material) => material === body, loadReferenceBody().positions);
}

/** The base mesh's skin on our joints, per MakeHuman vertex number (19158 vertices). */
export function baseMeshSkin(json: LegacyMeshJson = loadBaseMesh()): RemappedSkin {
  return remapSkin(json.skinIndices!, json.skinWeights!, json.bones!.map((bone) => bone.name), json.influencesPerVertex);
}

/** Picks per-vertex 4-wide skin data for each split vertex from its source vertex. */
export function skinForSplit(skin: RemappedSkin, sourceVertex: Uint32Array): RemappedSkin {
  const out: RemappedSkin = { joints: new Uint16Array(sourceVertex.length * 4), weights: new Float32Array(sourceVertex.length * 4) };
  sourceVertex.forEach((vertex, i) => {
    out.joints.set(skin.joints.subarray(vertex * 4, vertex * 4 + 4), i * 4);
    out.weights.set(skin.weights.subarray(vertex * 4, vertex * 4 + 4), i * 4);
  });
  return out;
}

/** The standard skeleton fitted to the reference body. */
export function referenceSkeleton(): Skeleton {
  return buildSkeleton(loadReferenceBody().positions);
}

/** Builds the body GLB bytes and its triangle count. */
export async function buildBodyGlb(): Promise<{ glb: Uint8Array; triangles: number }> {
  const json = loadBaseMesh();
  const mesh = splitBody(json);
  const skin = skinForSplit(baseMeshSkin(json), mesh.sourceVertex);
  const glb = await buildSkinnedGlb({
    skeleton: referenceSkeleton(),
    meshName: 'Body',
    primitives: [
      {
        positions: mesh.positions,
        weldKey: mesh.sourceVertex, // One smooth normal per MakeHuman vertex: no shading seams at UV splits.
        uvs: mesh.uvs,
        indices: mesh.indices,
        joints: skin.joints,
        weights: skin.weights,
        attributes: [{ name: '_MHVERTEX', array: Uint16Array.from(mesh.sourceVertex), type: 'SCALAR' }],
        material: BODY_MATERIAL,
      },
    ],
  });
  return { glb, triangles: mesh.indices.length / 3 };
}

/** Writes `<outDir>/body/body.glb`. */
export async function bakeBody(outDir: string): Promise<{ glbPath: typeof BODY_GLB_PATH; bytes: number; triangles: number }> {
  const { glb, triangles } = await buildBodyGlb();
  const path = join(outDir, BODY_GLB_PATH);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, glb);
  return { glbPath: BODY_GLB_PATH, bytes: glb.byteLength, triangles };
}
