import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockingIssues, validateGlb } from './gltfValidation';
import { NodeIO } from '@gltf-transform/core';
import { bakeBody, baseMeshSkin, BODY_GLB_PATH, buildBodyGlb } from './body';
import { BODY_VERTEX_COUNT } from './legacyMesh';
import { loadReferenceBody } from './referenceBody';
import { JOINT_NAMES } from './skeleton';
import { readGlbJson } from './skinnedGlb';

const built = await buildBodyGlb();

interface Gltf {
  scenes: { nodes: number[] }[];
  nodes: { name: string; children?: number[]; mesh?: number; skin?: number; translation?: number[] }[];
  skins: { joints: number[]; inverseBindMatrices: number }[];
  meshes: { name: string; primitives: { attributes: Record<string, number>; material: number }[] }[];
  materials: { name: string; pbrMetallicRoughness?: { baseColorTexture?: unknown } }[];
  accessors: { componentType: number; type: string; count: number }[];
  images?: unknown[];
}

describe('body GLB', () => {
  it('passes the Khronos validator with 0 errors and 0 warnings', async () => {
    const report = await validateGlb(built.glb);
    expect(blockingIssues(report)).toEqual([]);
    expect(report.info.totalTriangleCount).toBe(13378 * 2);
    expect(report.info.drawCallCount).toBe(1);
    expect(report.info.maxInfluences).toBe(4);
  });

  it('has Armature -> Hips, the skinned Body at the scene root and all 67 joints', () => {
    const gltf = readGlbJson(built.glb) as unknown as Gltf;
    const roots = gltf.scenes[0]!.nodes.map((n) => gltf.nodes[n]!);
    expect(roots.map((node) => node.name)).toEqual(['Armature', 'Body']);
    expect(roots[0]!.children!.map((n) => gltf.nodes[n]!.name)).toEqual(['Hips']);
    expect(gltf.skins[0]!.joints.map((n) => gltf.nodes[n]!.name)).toEqual([...JOINT_NAMES]);
    expect(roots[1]!.skin).toBe(0);
  });

  it('uses an untextured material named skin and carries _MHVERTEX as UNSIGNED_SHORT', () => {
    const gltf = readGlbJson(built.glb) as unknown as Gltf;
    const primitive = gltf.meshes[0]!.primitives[0]!;
    expect(gltf.materials[primitive.material]!.name).toBe('skin');
    expect(gltf.materials[0]!.pbrMetallicRoughness?.baseColorTexture).toBeUndefined();
    expect(gltf.images ?? []).toEqual([]);
    const mhVertex = gltf.accessors[primitive.attributes._MHVERTEX!]!;
    expect([mhVertex.componentType, mhVertex.type]).toEqual([5123, 'SCALAR']);
    expect(Object.keys(primitive.attributes).sort()).toEqual(['JOINTS_0', 'NORMAL', 'POSITION', 'TEXCOORD_0', 'WEIGHTS_0', '_MHVERTEX']);
  });

  it('has each vertex at the reference position of its _MHVERTEX, with that vertex\'s skin (joints of weights too small for a byte unused)', async () => {
    const document = await new NodeIO().readBinary(built.glb);
    const primitive = document.getRoot().listMeshes()[0]!.listPrimitives()[0]!;
    const array = (name: string): ArrayLike<number> => primitive.getAttribute(name)!.getArray()!;
    const [positions, mhVertex, joints, weights] = [array('POSITION'), array('_MHVERTEX'), array('JOINTS_0'), array('WEIGHTS_0')];
    const reference = loadReferenceBody().positions;
    const skin = baseMeshSkin();
    const mismatches: number[] = [];
    for (let i = 0; i < mhVertex.length; i++) {
      const v = mhVertex[i]!;
      const samePosition = [0, 1, 2].every((k) => positions[i * 3 + k] === reference[v * 3 + k]);
      const sameJoints = [0, 1, 2, 3].every((k) => joints[i * 4 + k] === (weights[i * 4 + k] === 0 ? 0 : skin.joints[v * 4 + k]));
      if (v >= BODY_VERTEX_COUNT || !samePosition || !sameJoints) mismatches.push(i);
    }
    expect(mismatches).toEqual([]);
  });

  it('stands on Y = 0 at the reference shape and has an adult height', () => {
    const gltf = readGlbJson(built.glb) as unknown as { accessors: { min?: number[]; max?: number[] }[]; meshes: Gltf['meshes'] };
    const position = gltf.accessors[gltf.meshes[0]!.primitives[0]!.attributes.POSITION!]!;
    expect(position.min![1]).toBeCloseTo(0, 6);
    expect(position.max![1]).toBeGreaterThan(1.5);
    expect(position.max![1]).toBeLessThan(1.72);
    expect(loadReferenceBody().translationY).toBeGreaterThan(0);
  });

  it('is deterministic and writes body/body.glb', async () => {
    const again = await buildBodyGlb();
    expect(Buffer.from(again.glb).equals(Buffer.from(built.glb))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'body-'));
    const result = await bakeBody(dir);
    expect(result).toEqual({ glbPath: BODY_GLB_PATH, bytes: built.glb.byteLength, triangles: 26756 });
    expect(readFileSync(join(dir, BODY_GLB_PATH)).equals(Buffer.from(built.glb))).toBe(true);
    expect(BODY_VERTEX_COUNT).toBe(13380);
  });
});
