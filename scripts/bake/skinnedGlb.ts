/**
 * Writes a skinned GLB on the standard skeleton with glTF-Transform: scene -> `Armature` -> `Hips`..., the
 * skinned mesh node at the scene root, optional WebP textures via EXT_texture_webp. Deterministic bytes.
 */
import { Document, NodeIO } from '@gltf-transform/core';
import type { Accessor, Buffer, Material, Node, Primitive, Texture, TypedArray, vec3 } from '@gltf-transform/core';
import { EXTTextureWebP } from '@gltf-transform/extensions';
import type { Skeleton } from './skeleton';
import { computeTangents } from '../../src/avatar/tangents';

/** A custom vertex attribute (name must start with `_`, e.g. `_FITREFS`). */
export interface CustomAttribute {
  name: string;
  array: Uint8Array | Uint16Array | Int16Array | Uint32Array | Float32Array;
  type: 'SCALAR' | 'VEC2' | 'VEC3' | 'VEC4';
  /** Integers standing for 0–1 (unsigned) or −1–1 (signed), see `quantized`. */
  normalized?: boolean;
}

/** Material description; textures are WebP bytes (embedded with EXT_texture_webp). */
export interface MaterialInput {
  name: string;
  /** Linear RGBA, default [1,1,1,1]. */
  baseColorFactor?: [number, number, number, number];
  baseColorTexture?: Uint8Array;
  normalTexture?: Uint8Array;
  occlusionTexture?: Uint8Array;
  alphaMode?: 'OPAQUE' | 'MASK' | 'BLEND';
  alphaCutoff?: number;
  doubleSided?: boolean;
  /** Default 0. */
  metallicFactor?: number;
  /** Default 1. */
  roughnessFactor?: number;
}

/** One skinned primitive. Vertex arrays are per vertex; joints/weights have 4 entries per vertex. */
export interface PrimitiveInput {
  positions: Float32Array;
  /** Omit to compute smooth normals (shared across `weldKey` when given). */
  normals?: Float32Array;
  /** Vertices with the same key get the same smooth normal (e.g. the source vertex number across UV seams). */
  weldKey?: Uint32Array;
  uvs?: Float32Array;
  /** VEC4 tangents; computed from the UVs when omitted and the material has a normal texture. */
  tangents?: Float32Array;
  indices: Uint32Array;
  joints: Uint16Array;
  weights: Float32Array;
  attributes?: CustomAttribute[];
  material: MaterialInput;
}

/** Everything one GLB holds. */
export interface SkinnedGlbInput {
  skeleton: Skeleton;
  /** Name of the mesh and of its node. */
  meshName: string;
  primitives: PrimitiveInput[];
  /** Extras on the mesh node. */
  nodeExtras?: Record<string, unknown>;
  /** Extras on the mesh. */
  meshExtras?: Record<string, unknown>;
}

/** Area-weighted smooth vertex normals; vertices sharing a weldKey share one normal (no seams at UV splits). */
export function computeSmoothNormals(positions: Float32Array, indices: Uint32Array, weldKey?: Uint32Array): Float32Array {
  const count = positions.length / 3;
  const key = weldKey ?? Uint32Array.from({ length: count }, (_, i) => i);
  const sums = new Float64Array((key.reduce((max, k) => Math.max(max, k), 0) + 1) * 3);
  const at = (i: number, k: number): number => positions[i * 3 + k]!;
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const u = [at(b, 0) - at(a, 0), at(b, 1) - at(a, 1), at(b, 2) - at(a, 2)] as const;
    const v = [at(c, 0) - at(a, 0), at(c, 1) - at(a, 1), at(c, 2) - at(a, 2)] as const;
    // The unnormalised cross product weights each face by its area.
    const n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]] as const;
    for (const corner of [a, b, c]) for (let k = 0; k < 3; k++) sums[key[corner]! * 3 + k]! += n[k]!;
  }
  const normals = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    const [x, y, z] = sums.subarray(key[i]! * 3, key[i]! * 3 + 3);
    const length = Math.hypot(x!, y!, z!);
    normals.set(length > 0 ? [x! / length, y! / length, z! / length] : [0, 1, 0], i * 3);
  }
  return normals;
}

/** Builds the GLB bytes. */
export async function buildSkinnedGlb(input: SkinnedGlbInput): Promise<Uint8Array> {
  const document = new Document();
  const buffer = document.createBuffer();
  const scene = document.createScene('Scene');
  document.getRoot().setDefaultScene(scene);
  const armature = document.createNode('Armature');
  const jointNodes = addJointNodes(document, armature, input.skeleton);
  const skin = document
    .createSkin('Armature')
    .setSkeleton(jointNodes[0]!)
    .setInverseBindMatrices(accessor(document, buffer, input.skeleton.inverseBindMatrices, 'MAT4'));
  for (const joint of jointNodes) skin.addJoint(joint);
  const mesh = document.createMesh(input.meshName).setExtras(input.meshExtras ?? {});
  const materials = new Map<MaterialInput, Material>();
  const textures = new Map<Uint8Array, Texture>();
  for (const primitive of input.primitives) {
    let material = materials.get(primitive.material);
    if (!material) materials.set(primitive.material, (material = createMaterial(document, primitive.material, textures)));
    mesh.addPrimitive(createPrimitive(document, buffer, primitive).setMaterial(material));
  }
  const meshNode = document.createNode(input.meshName).setMesh(mesh).setSkin(skin).setExtras(input.nodeExtras ?? {});
  // The skinned mesh node sits at the scene root (validator: NODE_SKINNED_MESH_NON_ROOT).
  scene.addChild(armature).addChild(meshNode);
  if (textures.size > 0) document.createExtension(EXTTextureWebP).setRequired(true);
  return new NodeIO().registerExtensions([EXTTextureWebP]).writeBinary(document);
}

/** Joint nodes in skin order under `armature`; rest rotations are identity, so translations are head deltas. */
function addJointNodes(document: Document, armature: Node, skeleton: Skeleton): Node[] {
  const nodes = skeleton.joints.map((joint) => {
    const parentHead = joint.parent < 0 ? [0, 0, 0] : skeleton.joints[joint.parent]!.head;
    const translation: vec3 = [joint.head[0] - parentHead[0]!, joint.head[1] - parentHead[1]!, joint.head[2] - parentHead[2]!];
    const extras: Record<string, unknown> = { fitVertices: joint.fitVertices };
    if (joint.fitFrom) extras.fitFrom = joint.fitFrom;
    return document.createNode(joint.name).setTranslation(translation).setExtras(extras);
  });
  skeleton.joints.forEach((joint, j) => (joint.parent < 0 ? armature : nodes[joint.parent]!).addChild(nodes[j]!));
  return nodes;
}

type AccessorType = 'SCALAR' | 'VEC2' | 'VEC3' | 'VEC4' | 'MAT4';

function accessor(document: Document, buffer: Buffer, array: TypedArray, type: AccessorType): Accessor {
  return document.createAccessor().setBuffer(buffer).setType(type).setArray(array);
}

function createPrimitive(document: Document, buffer: Buffer, input: PrimitiveInput): Primitive {
  const vertexCount = input.positions.length / 3;
  const normals = input.normals ?? computeSmoothNormals(input.positions, input.indices, input.weldKey);
  // 16-bit indices when they fit: half the index bytes for every mesh we bake.
  const indices = vertexCount <= 0xffff ? Uint16Array.from(input.indices) : input.indices;
  const primitive = document
    .createPrimitive()
    .setIndices(accessor(document, buffer, indices, 'SCALAR'))
    .setAttribute('POSITION', accessor(document, buffer, input.positions, 'VEC3'))
    .setAttribute('NORMAL', accessor(document, buffer, normals, 'VEC3'));
  if (input.uvs) {
    const uvs = quantized(input.uvs, 'unsigned');
    primitive.setAttribute('TEXCOORD_0', accessor(document, buffer, uvs.array, 'VEC2').setNormalized(uvs.normalized));
  }
  if (input.uvs && input.material.normalTexture) {
    const tangents = input.tangents ?? computeTangents(input.positions, normals, input.uvs, input.indices);
    primitive.setAttribute('TANGENT', accessor(document, buffer, tangents, 'VEC4'));
  }
  const weights = weightBytes(input.weights);
  // A weight too small for a byte leaves its joint unused: the validator wants joint 0 there.
  const used = input.joints.map((joint, i) => (weights[i] === 0 ? 0 : joint));
  // Our skeleton has 67 joints: 8-bit joint indices are enough and valid glTF.
  const joints = used.every((joint) => joint < 256) ? Uint8Array.from(used) : used;
  primitive
    .setAttribute('JOINTS_0', accessor(document, buffer, joints, 'VEC4'))
    .setAttribute('WEIGHTS_0', accessor(document, buffer, weights, 'VEC4').setNormalized(true));
  for (const custom of input.attributes ?? []) {
    if (!custom.name.startsWith('_')) throw new Error(`custom attribute "${custom.name}" must start with "_"`);
    primitive.setAttribute(custom.name, accessor(document, buffer, custom.array, custom.type).setNormalized(custom.normalized ?? false));
  }
  return primitive;
}

/**
 * Values as glTF's normalized 16-bit integers when they all lie in 0–1 (unsigned: 1/65535 apart) or −1–1 (signed:
 * 1/32767 apart), else as floats: half the bytes. Texture coordinates end far finer than a texel, fitting weights and
 * offsets (metres) within a few hundredths of a millimetre.
 */
export function quantized(values: Float32Array, range: 'unsigned' | 'signed'): { array: Uint16Array | Int16Array | Float32Array; normalized: boolean } {
  const low = range === 'unsigned' ? 0 : -1;
  if (!values.every((v) => v >= low && v <= 1)) return { array: values, normalized: false };
  const array = range === 'unsigned' ? Uint16Array.from(values, (v) => Math.round(v * 0xffff)) : Int16Array.from(values, (v) => Math.round(v * 0x7fff));
  return { array, normalized: true };
}

/**
 * Skin weights as normalized bytes (valid glTF, a quarter of the float bytes). Each vertex's four still add up to
 * exactly 1: the rounding left over goes to the weights that lost the most.
 */
export function weightBytes(weights: Float32Array): Uint8Array {
  const bytes = new Uint8Array(weights.length);
  for (let v = 0; v < weights.length; v += 4) {
    const four = [0, 1, 2, 3].map((k) => weights[v + k]!);
    const sum = four.reduce((a, b) => a + b, 0) || 1;
    const scaled = four.map((w) => (w / sum) * 255);
    const floors = scaled.map(Math.floor);
    const left = 255 - floors.reduce((a, b) => a + b, 0);
    const byLoss = [0, 1, 2, 3].sort((a, b) => scaled[b]! - floors[b]! - (scaled[a]! - floors[a]!));
    for (const k of byLoss.slice(0, left)) floors[k]! += 1;
    floors.forEach((w, k) => (bytes[v + k] = w));
  }
  return bytes;
}

function createMaterial(document: Document, input: MaterialInput, textures: Map<Uint8Array, Texture>): Material {
  const material = document
    .createMaterial(input.name)
    .setBaseColorFactor(input.baseColorFactor ?? [1, 1, 1, 1])
    .setMetallicFactor(input.metallicFactor ?? 0)
    .setRoughnessFactor(input.roughnessFactor ?? 1)
    .setAlphaMode(input.alphaMode ?? 'OPAQUE')
    .setDoubleSided(input.doubleSided ?? false);
  if (input.alphaMode === 'MASK') material.setAlphaCutoff(input.alphaCutoff ?? 0.5);
  const texture = (bytes: Uint8Array, suffix: string): Texture => {
    let found = textures.get(bytes);
    if (!found) textures.set(bytes, (found = document.createTexture(`${input.name}_${suffix}`).setImage(bytes).setMimeType('image/webp')));
    return found;
  };
  if (input.baseColorTexture) material.setBaseColorTexture(texture(input.baseColorTexture, 'baseColor'));
  if (input.normalTexture) material.setNormalTexture(texture(input.normalTexture, 'normal'));
  if (input.occlusionTexture) material.setOcclusionTexture(texture(input.occlusionTexture, 'occlusion'));
  return material;
}

/** The JSON chunk of a GLB (for tests and checks). */
export function readGlbJson(glb: Uint8Array): Record<string, unknown> {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  if (view.getUint32(0, true) !== 0x46546c67) throw new Error('not a GLB (magic)');
  const length = view.getUint32(12, true);
  return JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + length))) as Record<string, unknown>;
}
