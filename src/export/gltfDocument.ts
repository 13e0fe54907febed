/**
 * Writes the avatar into a glTF-Transform document: `Armature` → `Hips` … with identity rest rotations, one
 * skin, and a mesh node per export mesh at the scene root (where glTF wants skinned meshes).
 */
import { Document, type Material, type Node, type Texture } from '@gltf-transform/core';
import type { TextureData } from '../avatar/assetData';
import type { AvatarJoint } from './assemble';
import type { ExportMaterial, ExportMesh } from './meshes';

export interface AvatarDocumentParts {
  document: Document;
  joints: Node[];
  meshNodes: Node[];
}

export function createAvatarDocument(joints: readonly AvatarJoint[], meshes: readonly ExportMesh[], generator: string): AvatarDocumentParts {
  const document = new Document();
  document.getRoot().getAsset().generator = generator;
  const buffer = document.createBuffer();
  const scene = document.createScene('Scene');
  const armature = document.createNode('Armature');
  scene.addChild(armature);
  const jointNodes = joints.map((joint) => document.createNode(joint.name));
  joints.forEach((joint, j) => {
    const parent = joint.parent >= 0 ? joints[joint.parent]!.head : [0, 0, 0];
    jointNodes[j]!.setTranslation([joint.head[0] - parent[0]!, joint.head[1] - parent[1]!, joint.head[2] - parent[2]!]);
    (joint.parent >= 0 ? jointNodes[joint.parent]! : armature).addChild(jointNodes[j]!);
  });
  const inverseBinds = new Float32Array(joints.length * 16);
  joints.forEach((joint, j) => inverseBinds.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -joint.head[0], -joint.head[1], -joint.head[2], 1], j * 16));
  const skin = document.createSkin('Armature').setSkeleton(jointNodes[0]!).setInverseBindMatrices(document.createAccessor().setType('MAT4').setArray(inverseBinds).setBuffer(buffer));
  for (const node of jointNodes) skin.addJoint(node);

  const textures = new Map<TextureData, Texture>();
  const texture = (data: TextureData | null, name: string) => {
    if (!data) return null;
    let made = textures.get(data);
    if (!made) {
      made = document.createTexture(name).setImage(data.bytes).setMimeType(data.mimeType);
      textures.set(data, made);
    }
    return made;
  };
  const accessor = (type: 'SCALAR' | 'VEC2' | 'VEC3' | 'VEC4', array: Float32Array | Uint32Array | Uint16Array | Uint8Array) =>
    document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const meshNodes = meshes.map((mesh) => {
    const primitive = document
      .createPrimitive()
      .setIndices(accessor('SCALAR', mesh.indices))
      .setAttribute('POSITION', accessor('VEC3', mesh.positions))
      .setAttribute('NORMAL', accessor('VEC3', mesh.normals))
      .setAttribute('JOINTS_0', accessor('VEC4', joints.length <= 256 ? Uint8Array.from(mesh.joints) : mesh.joints))
      .setAttribute('WEIGHTS_0', accessor('VEC4', mesh.weights))
      .setMaterial(material(document, mesh.material, texture));
    if (mesh.uvs) primitive.setAttribute('TEXCOORD_0', accessor('VEC2', mesh.uvs));
    for (const morph of mesh.morphs) primitive.addTarget(document.createPrimitiveTarget(morph.name).setAttribute('POSITION', accessor('VEC3', morph.deltas)));
    const gltfMesh = document.createMesh(mesh.name).addPrimitive(primitive);
    if (mesh.morphs.length > 0) gltfMesh.setWeights(mesh.morphs.map(() => 0)).setExtras({ targetNames: mesh.morphs.map((morph) => morph.name) });
    const node = document.createNode(mesh.name).setMesh(gltfMesh).setSkin(skin);
    scene.addChild(node);
    return node;
  });
  return { document, joints: jointNodes, meshNodes };
}

function material(document: Document, data: ExportMaterial, texture: (data: TextureData | null, name: string) => Texture | null): Material {
  const made = document
    .createMaterial(data.name)
    .setBaseColorFactor(data.baseColorFactor)
    .setMetallicFactor(data.metallic)
    .setRoughnessFactor(data.roughness)
    .setAlphaMode(data.alphaMode)
    .setDoubleSided(data.doubleSided)
    .setBaseColorTexture(texture(data.baseColor, `${data.name}_baseColor`))
    .setNormalTexture(texture(data.normal, `${data.name}_normal`))
    .setOcclusionTexture(texture(data.occlusion, `${data.name}_occlusion`));
  if (data.alphaMode === 'MASK') made.setAlphaCutoff(data.alphaCutoff);
  return made;
}
