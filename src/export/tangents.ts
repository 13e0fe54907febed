/**
 * Tangents for normal-mapped meshes, computed on the final geometry (after simplification): the glTF validator
 * warns when a normal-mapped mesh leaves them to the engine, and engines disagree when they do.
 */
import type { Document, Transform } from '@gltf-transform/core';
import { computeTangents } from '../avatar/tangents';

export function addTangents(): Transform {
  return (document: Document) => {
    for (const mesh of document.getRoot().listMeshes()) {
      for (const primitive of mesh.listPrimitives()) {
        const position = primitive.getAttribute('POSITION');
        const normal = primitive.getAttribute('NORMAL');
        const uv = primitive.getAttribute('TEXCOORD_0');
        const indices = primitive.getIndices();
        if (!primitive.getMaterial()?.getNormalTexture() || !position || !normal || !uv || !indices || primitive.getAttribute('TANGENT')) continue;
        const tangents = computeTangents(position.getArray() as Float32Array, normal.getArray() as Float32Array, uv.getArray() as Float32Array, Uint32Array.from(indices.getArray()!));
        primitive.setAttribute('TANGENT', document.createAccessor().setType('VEC4').setArray(tangents).setBuffer(position.getBuffer()));
      }
    }
  };
}
