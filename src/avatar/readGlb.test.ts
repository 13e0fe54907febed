import { Document, NodeIO } from '@gltf-transform/core';
import { EXTTextureWebP } from '@gltf-transform/extensions';
import { describe, expect, it } from 'vitest';
import { glbJson, withJsonText } from '../packs/fuzz/glbSurgery';
import { readGlb } from './readGlb';

/** A one-triangle skinned mesh written by glTF-Transform, which interleaves vertex attributes (byteStride). */
async function triangleGlb(edit: (document: Document) => void = () => {}): Promise<Uint8Array> {
  const document = new Document();
  const buffer = document.createBuffer();
  const accessor = (type: 'SCALAR' | 'VEC2' | 'VEC3' | 'VEC4', array: Float32Array | Uint16Array | Uint8Array) => document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const uvs = accessor('VEC2', new Uint16Array([0, 0, 65535, 0, 0, 32768])).setNormalized(true);
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', accessor('VEC3', new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0])))
    .setAttribute('TEXCOORD_0', uvs)
    .setAttribute('JOINTS_0', accessor('VEC4', new Uint8Array([0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0])))
    .setAttribute('WEIGHTS_0', accessor('VEC4', new Uint8Array([255, 0, 0, 0, 128, 127, 0, 0, 255, 0, 0, 0])).setNormalized(true))
    .setIndices(accessor('SCALAR', new Uint16Array([0, 1, 2])))
    .setMaterial(document.createMaterial('cloth').setBaseColorFactor([1, 0.5, 0.25, 1]).setRoughnessFactor(0.7).setAlphaMode('MASK'));
  const hips = document.createNode('hips').setTranslation([0, 1, 0]);
  const spine = document.createNode('spine').setMatrix([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0.25, 0, 1]).setExtras({ fitVertices: [4, 5] });
  hips.addChild(spine);
  const skin = document.createSkin().addJoint(hips).addJoint(spine);
  const mesh = document.createNode('garment').setMesh(document.createMesh().addPrimitive(primitive)).setSkin(skin).setExtras({ slot: 'top' });
  document.createScene().addChild(document.createNode('root').setTranslation([0, 0.5, 0]).addChild(hips)).addChild(mesh);
  edit(document);
  return new NodeIO().registerExtensions([EXTTextureWebP]).writeBinary(document);
}

describe('readGlb', () => {
  it('reads interleaved attributes, normalized values, indices and the material', async () => {
    const [primitive] = (await readGlb(await triangleGlb())).primitives;
    expect(Array.from(primitive!.positions)).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(Array.from(primitive!.uvs!)).toEqual([0, 0, 1, 0, 0, 32768 / 65535].map(Math.fround));
    expect(Array.from(primitive!.skinJoints!)).toEqual([0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]);
    expect(Array.from(primitive!.skinWeights!)).toEqual([1, 0, 0, 0, 128 / 255, 127 / 255, 0, 0, 1, 0, 0, 0].map(Math.fround));
    expect(Array.from(primitive!.indices)).toEqual([0, 1, 2]);
    expect(primitive!.material).toMatchObject({ name: 'cloth', baseColor: [1, 0.5, 0.25, 1], metallic: 1, roughness: 0.7, alphaMode: 'MASK', alphaCutoff: 0.5, doubleSided: false });
  });

  it('reads the skin’s joints with parents, translations (from a matrix too) and positions under their ancestors', async () => {
    const asset = await readGlb(await triangleGlb());
    expect(asset.name).toBe('garment');
    expect(asset.extras).toEqual({ slot: 'top' });
    expect(asset.joints).toEqual([
      { name: 'hips', parent: -1, translation: [0, 1, 0], head: [0, 1.5, 0], fitVertices: null },
      { name: 'spine', parent: 0, translation: [0, 0.25, 0], head: [0, 1.75, 0], fitVertices: [4, 5] },
    ]);
  });

  it('applies sparse accessors', async () => {
    const bytes = await triangleGlb((document) => {
      const sparse = document.createAccessor().setType('VEC3').setArray(new Float32Array([0, 0, 0, 0, 0, 0, 0, 2, 0])).setSparse(true).setBuffer(document.getRoot().listBuffers()[0]!);
      document.getRoot().listMeshes()[0]!.listPrimitives()[0]!.setAttribute('NORMAL', sparse);
    });
    expect(glbJson(bytes).accessors.some((accessor) => accessor.sparse !== undefined)).toBe(true);
    expect(Array.from((await readGlb(bytes)).primitives[0]!.normals!)).toEqual([0, 0, 0, 0, 0, 0, 0, 2, 0]);
  });

  it('reads a file that requires WebP textures, and refuses one that requires an extension it cannot read, saying which', async () => {
    const bytes = await triangleGlb((document) => document.createExtension(EXTTextureWebP).setRequired(true));
    await expect(readGlb(bytes)).resolves.toBeDefined();
    const draco = withJsonText(bytes, JSON.stringify({ ...glbJson(bytes), extensionsUsed: ['KHR_draco_mesh_compression'], extensionsRequired: ['KHR_draco_mesh_compression'] }));
    await expect(readGlb(draco)).rejects.toThrow('it requires the glTF extension KHR_draco_mesh_compression, which the app does not read');
  });
});
