import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blockingIssues, validateGlb } from './gltfValidation';
import { loadReferenceBody } from './referenceBody';
import { buildSkeleton, JOINT_NAMES } from './skeleton';
import { readGlb } from '../../src/avatar/readGlb';
import { buildSkinnedGlb, computeSmoothNormals, quantized, readGlbJson, weightBytes } from './skinnedGlb';
import type { SkinnedGlbInput } from './skinnedGlb';

const skeleton = buildSkeleton(loadReferenceBody().positions);

/** A unit cube (24 vertices, split per face like a UV-seamed mesh) skinned to the left forearm and hand. */
function cubeInput(texture: Uint8Array | undefined): SkinnedGlbInput {
  const corners = [[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 1, 1]];
  const quads = [[0, 3, 2, 1], [4, 5, 6, 7], [0, 1, 5, 4], [2, 3, 7, 6], [1, 2, 6, 5], [0, 4, 7, 3]];
  const source = Uint32Array.from(quads.flat());
  const positions = Float32Array.from([...source].flatMap((c) => corners[c]!.map((v) => v * 0.1)));
  const indices = Uint32Array.from(quads.flatMap((_, q) => [0, 1, 2, 0, 2, 3].map((k) => q * 4 + k)));
  const count = source.length;
  const [foreArm, hand] = [JOINT_NAMES.indexOf('LeftForeArm'), JOINT_NAMES.indexOf('LeftHand')];
  return {
    skeleton,
    meshName: 'Cube',
    meshExtras: { note: 'test' },
    primitives: [
      {
        positions,
        weldKey: source,
        indices,
        uvs: Float32Array.from({ length: count * 2 }, (_, i) => (i % 4) / 4),
        joints: Uint16Array.from({ length: count * 4 }, (_, i) => [foreArm, hand, 0, 0][i % 4]!),
        weights: Float32Array.from({ length: count * 4 }, (_, i) => [0.75, 0.25, 0, 0][i % 4]!),
        attributes: [{ name: '_FITREFS', array: Uint16Array.from({ length: count * 3 }, (_, i) => i), type: 'VEC3' }],
        material: { name: 'cube', baseColorTexture: texture, normalTexture: texture, alphaMode: 'MASK', doubleSided: true },
      },
    ],
  };
}

async function tinyWebp(): Promise<Uint8Array> {
  const pixels = Buffer.alloc(4 * 4 * 3, 128);
  return new Uint8Array(await sharp(pixels, { raw: { width: 4, height: 4, channels: 3 } }).webp({ lossless: true }).toBuffer());
}

describe('buildSkinnedGlb', () => {
  it('writes a valid skinned GLB with WebP textures and custom attributes', async () => {
    const glb = await buildSkinnedGlb(cubeInput(await tinyWebp()));
    const report = await validateGlb(glb);
    expect(blockingIssues(report)).toEqual([]);
    expect(report.info.hasSkins).toBe(true);
    expect(report.info.maxInfluences).toBe(4);
    const gltf = readGlbJson(glb) as { extensionsUsed: string[]; extensionsRequired: string[]; meshes: { primitives: { attributes: Record<string, number> }[] }[] };
    expect(gltf.extensionsUsed).toContain('EXT_texture_webp');
    expect(gltf.extensionsRequired).toContain('EXT_texture_webp');
    expect(Object.keys(gltf.meshes[0]!.primitives[0]!.attributes).sort()).toEqual(
      ['JOINTS_0', 'NORMAL', 'POSITION', 'TANGENT', 'TEXCOORD_0', 'WEIGHTS_0', '_FITREFS'].sort(),
    );
  });

  it('puts the skinned mesh at the scene root and the joints under Armature, with fit data', async () => {
    const gltf = readGlbJson(await buildSkinnedGlb(cubeInput(undefined))) as {
      scenes: { nodes: number[] }[];
      nodes: { name: string; children?: number[]; skin?: number; extras?: { fitVertices?: number[] }; rotation?: number[] }[];
      skins: { joints: number[] }[];
      extensionsUsed?: string[];
    };
    const roots = gltf.scenes[0]!.nodes.map((n) => gltf.nodes[n]!);
    expect(roots.map((node) => node.name)).toEqual(['Armature', 'Cube']);
    expect(roots[1]!.skin).toBe(0);
    expect(gltf.nodes[roots[0]!.children![0]!]!.name).toBe('Hips');
    const joints = gltf.skins[0]!.joints.map((n) => gltf.nodes[n]!);
    expect(joints.map((node) => node.name)).toEqual([...JOINT_NAMES]);
    expect(joints.every((node) => node.rotation === undefined && (node.extras?.fitVertices?.length ?? 0) > 0)).toBe(true);
    expect(gltf.extensionsUsed ?? []).not.toContain('EXT_texture_webp');
  });

  it('stores 0–1 texture coordinates as 16-bit and skin weights as bytes, read back within their precision', async () => {
    const input = cubeInput(undefined);
    const glb = await buildSkinnedGlb(input);
    const gltf = readGlbJson(glb) as { accessors: { componentType: number; normalized?: boolean }[]; meshes: { primitives: { attributes: Record<string, number> }[] }[] };
    const attributes = gltf.meshes[0]!.primitives[0]!.attributes;
    expect(gltf.accessors[attributes.TEXCOORD_0!]).toMatchObject({ componentType: 5123, normalized: true });
    expect(gltf.accessors[attributes.WEIGHTS_0!]).toMatchObject({ componentType: 5121, normalized: true });
    const read = (await readGlb(glb)).primitives[0]!;
    const source = input.primitives[0]!;
    read.uvs!.forEach((v, i) => expect(Math.abs(v - source.uvs![i]!)).toBeLessThan(1 / 65535));
    read.skinWeights!.forEach((w, i) => expect(Math.abs(w - source.weights[i]!)).toBeLessThan(1 / 255));
  });

  it('quantizes values in range to normalized 16-bit integers, read back within their step, and keeps the others as floats', () => {
    const unit = Float32Array.from([0, 0.25, 1, 0.123456]);
    const signed = Float32Array.from([-1, -0.0031, 0.5, 0.000017]);
    const [u, s] = [quantized(unit, 'unsigned'), quantized(signed, 'signed')];
    expect([u.array, u.normalized]).toEqual([expect.any(Uint16Array), true]);
    expect([s.array, s.normalized]).toEqual([expect.any(Int16Array), true]);
    u.array.forEach((q, i) => expect(Math.abs(q / 0xffff - unit[i]!)).toBeLessThanOrEqual(0.5 / 0xffff));
    s.array.forEach((q, i) => expect(Math.abs(q / 0x7fff - signed[i]!)).toBeLessThanOrEqual(0.5 / 0x7fff));
    expect(quantized(Float32Array.from([0.5, -0.01]), 'unsigned')).toEqual({ array: Float32Array.from([0.5, -0.01]), normalized: false });
    expect(quantized(Float32Array.from([1.5]), 'signed').normalized).toBe(false);
  });

  it('rounds the weights of each vertex to bytes that add up to exactly 255', () => {
    const weights = Float32Array.from([0.5, 0.25, 0.25, 0, 1 / 3, 1 / 3, 1 / 3, 0, 0.7, 0.1, 0.1, 0.1, 0.999, 0.0005, 0.0005, 0]);
    const bytes = weightBytes(weights);
    for (let v = 0; v < bytes.length; v += 4) expect(bytes[v]! + bytes[v + 1]! + bytes[v + 2]! + bytes[v + 3]!).toBe(255);
    bytes.forEach((b, i) => expect(Math.abs(b / 255 - weights[i]!)).toBeLessThan(1 / 255));
  });

  it('is deterministic', async () => {
    const texture = await tinyWebp();
    const [a, b] = await Promise.all([buildSkinnedGlb(cubeInput(texture)), buildSkinnedGlb(cubeInput(texture))]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('computeSmoothNormals', () => {
  it('averages across welded vertices and returns unit vectors', () => {
    const { positions, indices, weldKey } = cubeInput(undefined).primitives[0]!;
    const normals = computeSmoothNormals(positions, indices, weldKey);
    for (let i = 0; i < normals.length; i += 3) {
      expect(Math.hypot(normals[i]!, normals[i + 1]!, normals[i + 2]!)).toBeCloseTo(1, 5);
      // Welded cube corners point out of the cube, roughly along the diagonal.
      const diagonal = [0, 1, 2].map((k) => (positions[i + k]! > 0.05 ? 1 : -1) / Math.sqrt(3));
      expect([0, 1, 2].reduce((sum, k) => sum + normals[i + k]! * diagonal[k]!, 0)).toBeGreaterThan(0.9);
    }
    const flat = computeSmoothNormals(positions, indices);
    expect(Math.abs(flat[0]!) + Math.abs(flat[1]!) + Math.abs(flat[2]!)).toBeCloseTo(1, 5);
  });
});
