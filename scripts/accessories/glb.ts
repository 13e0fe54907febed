/**
 * Writes an accessory as an unskinned GLB with glTF-Transform: one mesh node at the scene root (in metres, in the
 * avatar's space), one primitive per finish, indexed triangles with normals and palette UVs, one embedded PNG
 * palette shared by every material. Same model in, same bytes out.
 */
import { Document, NodeIO } from '@gltf-transform/core';
import type { Buffer, Material, Texture } from '@gltf-transform/core';
import type { Finish, Model, Part } from './model';
import { cellUv } from './palette';
import { mergeSurfaces } from './surface';

export async function writeAccessoryGlb(model: Model, palette: Uint8Array): Promise<Uint8Array> {
  const document = new Document();
  const buffer = document.createBuffer();
  const texture = document.createTexture('palette').setImage(palette).setMimeType('image/png');
  const mesh = document.createMesh(model.name);
  for (const [finish, parts] of groupByFinish(model.parts)) {
    mesh.addPrimitive(primitiveOf(document, buffer, parts).setMaterial(materialOf(document, finish, texture)));
  }
  const scene = document.createScene('Scene');
  document.getRoot().setDefaultScene(scene);
  scene.addChild(document.createNode(model.name).setMesh(mesh));
  return new NodeIO().writeBinary(document);
}

/** Parts grouped by finish, in the order each finish first appears. */
function groupByFinish(parts: readonly Part[]): Map<Finish, Part[]> {
  const groups = new Map<Finish, Part[]>();
  for (const part of parts) groups.set(part.finish, [...(groups.get(part.finish) ?? []), part]);
  return groups;
}

function primitiveOf(document: Document, buffer: Buffer, parts: readonly Part[]) {
  const surface = mergeSurfaces(parts.map((part) => part.surface));
  const uvs = parts.flatMap((part) => {
    const uv = cellUv(part.colour);
    return Array.from({ length: part.surface.positions.length / 3 }, () => uv).flat();
  });
  const vertexCount = surface.positions.length / 3;
  const accessor = (array: Float32Array | Uint16Array | Uint32Array, type: 'SCALAR' | 'VEC2' | 'VEC3') =>
    document.createAccessor().setBuffer(buffer).setType(type).setArray(array);
  return document
    .createPrimitive()
    .setIndices(accessor(vertexCount <= 0xffff ? Uint16Array.from(surface.indices) : Uint32Array.from(surface.indices), 'SCALAR'))
    .setAttribute('POSITION', accessor(Float32Array.from(surface.positions), 'VEC3'))
    .setAttribute('NORMAL', accessor(Float32Array.from(surface.normals), 'VEC3'))
    .setAttribute('TEXCOORD_0', accessor(Float32Array.from(uvs), 'VEC2'));
}

function materialOf(document: Document, finish: Finish, palette: Texture): Material {
  const opacity = finish.opacity ?? 1;
  return document
    .createMaterial(finish.name)
    .setBaseColorFactor([1, 1, 1, opacity])
    .setBaseColorTexture(palette)
    .setMetallicFactor(finish.metallic)
    .setRoughnessFactor(finish.roughness)
    .setAlphaMode(opacity < 1 ? 'BLEND' : 'OPAQUE');
}
