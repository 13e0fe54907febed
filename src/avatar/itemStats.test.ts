import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssetData, MaterialData, PrimitiveData } from './assetData';
import { imageItemStats, itemStats } from './itemStats';
import { readGlbFacts } from '../packs/validate/glbFacts';
import { readGlb } from './readGlb';

/** The GLB's JSON chunk, read by hand: an account of the file independent of the reader the app uses. */
function glbJson(bytes: Uint8Array): { accessors: { count: number }[]; meshes: { primitives: { indices: number; attributes: { POSITION: number } }[] }[]; images: unknown[] } {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(12, true);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + length)));
}

/** The start of a PNG (signature and IHDR): all the header reader needs for the size. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

function primitive(triangles: number, material: MaterialData): PrimitiveData {
  const none = { normals: null, uvs: null, skinJoints: null, skinWeights: null, mhVertex: null, fitRefs: null, fitWeights: null, fitOffsets: null };
  return { ...none, positions: new Float32Array(triangles * 9), indices: new Uint32Array(triangles * 3), material };
}

describe('item statistics', () => {
  it('counts the core coat as its GLB file describes it', async () => {
    const bytes = new Uint8Array(readFileSync('public/packs/core/items/coat.glb'));
    const json = glbJson(bytes);
    const primitives = json.meshes.flatMap((mesh) => mesh.primitives);
    const stats = itemStats(await readGlb(bytes), bytes.length);
    expect(stats.triangles).toBe(primitives.reduce((sum, p) => sum + json.accessors[p.indices]!.count / 3, 0));
    expect(stats.vertices).toBe(primitives.reduce((sum, p) => sum + json.accessors[p.attributes.POSITION]!.count, 0));
    expect(stats.triangles).toBe(7400);
    expect(stats).toMatchObject({ materials: 1, drawCallsPerBody: primitives.length, fileBytes: bytes.length });
    expect(stats.textures).toHaveLength(json.images.length);
    expect(stats.textures[0]).toMatchObject({ role: 'baseColor', mimeType: 'image/webp' });
    expect(stats.textures[0]!.width).toBeGreaterThanOrEqual(256);
  });

  it.each(['coat', 'fedora', 'long01', 'male-casualsuit01', 'highpolyeyes'])('agrees with the pack validator’s statistics of core/%s', async (item) => {
    const bytes = new Uint8Array(readFileSync(`public/packs/core/items/${item}.glb`));
    const read = await readGlbFacts(bytes, item);
    if (!read.ok) throw new Error(read.reason);
    const { facts } = read;
    const stats = itemStats(await readGlb(bytes), bytes.length);
    expect(stats).toMatchObject({ triangles: facts.triangles, vertices: facts.vertices, materials: facts.materials, drawCallsPerBody: facts.drawCalls });
    expect(stats.textures.map(({ width, height, bytes: size }) => [width, height, size])).toEqual(facts.textures.map(({ width, height, bytes: size }) => [width, height, size]));
  });

  it('counts a material and an image shared by two primitives once, and reads each image size', () => {
    const image = { bytes: pngHeader(16, 8), mimeType: 'image/png' };
    const normal = { bytes: pngHeader(32, 32), mimeType: 'image/png' };
    const shared: MaterialData = {
      name: 'cloth', baseColor: [1, 1, 1, 1], metallic: 0, roughness: 1, alphaMode: 'OPAQUE', alphaCutoff: 0.5, doubleSided: false,
      baseColorTexture: image, normalTexture: normal, occlusionTexture: null,
    };
    const asset: AssetData = { name: 'two parts', primitives: [primitive(2, shared), primitive(3, { ...shared })], joints: [], extras: {} };
    expect(itemStats(asset, 1234)).toEqual({
      triangles: 5,
      vertices: 15,
      materials: 1,
      textures: [
        { role: 'baseColor', mimeType: 'image/png', width: 16, height: 8, bytes: 33 },
        { role: 'normal', mimeType: 'image/png', width: 32, height: 32, bytes: 33 },
      ],
      fileBytes: 1234,
      drawCallsPerBody: 2,
    });
  });

  it('describes a skin as one image and no geometry', () => {
    const stats = imageItemStats(pngHeader(512, 512));
    expect(stats).toMatchObject({ triangles: 0, drawCallsPerBody: 0, textures: [{ mimeType: 'image/png', width: 512, height: 512 }], fileBytes: 33 });
  });
});
