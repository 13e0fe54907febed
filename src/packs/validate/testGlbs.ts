/**
 * Test helper: small GLBs built with glTF-Transform on the real core skeleton: skinned garments (a tube along the
 * bones it is weighted to), rigid accessories (a box), and the broken variants the validator must catch.
 */
import { Document, WebIO, type Buffer, type Node, type Scene } from '@gltf-transform/core';
import type { ReferenceSkeleton, Vec3 } from './types';

export interface GarmentOptions {
  /** Joints the tube follows, bottom to top (default: the spine). */
  along?: string[];
  radius?: number;
  /** Around × rings vertices: 2·around·(rings-1) triangles. */
  around?: number;
  rings?: number;
  fit?: boolean;
  texture?: Uint8Array;
  /** Renames the skin's joints (a foreign skeleton). */
  renameJoint?: (name: string) => string;
  /** Moves every joint's bind position (a different bind pose). */
  bindOffset?: Vec3;
  /** Moves every vertex (rotated, mirrored or scaled garments). */
  transform?: (position: Vec3) => Vec3;
  /** The base-body vertex number written in _FITREFS. */
  fitRef?: number;
}

export interface AccessoryOptions {
  centre: Vec3;
  size: Vec3;
  texture?: Uint8Array;
  /** A scale on the mesh node (vertices are then divided by it, so the item looks the same in a viewer). */
  nodeScale?: number;
}

const io = new WebIO();
type ArrayData = Float32Array | Uint16Array | Uint8Array | Uint32Array;

function accessor(document: Document, buffer: Buffer, array: ArrayData, type: 'SCALAR' | 'VEC2' | 'VEC3' | 'VEC4' | 'MAT4') {
  return document.createAccessor().setBuffer(buffer).setType(type).setArray(array);
}

export async function skinnedGarmentGlb(skeleton: ReferenceSkeleton, options: GarmentOptions = {}): Promise<Uint8Array> {
  const { along = ['Hips', 'Spine', 'Spine1', 'Spine2'], radius = 0.17, around = 24, rings = 12 } = options;
  const chain = along.map((name) => skeleton.joints.findIndex((joint) => joint.name === name));
  const points = chain.map((j) => skeleton.joints[j]!.position);
  const positions: number[] = [];
  const uvs: number[] = [];
  const joints: number[] = [];
  for (let r = 0; r < rings; r++) {
    const t = (r / (rings - 1)) * (points.length - 1);
    const segment = Math.min(Math.floor(t), points.length - 2);
    const centre = lerp(points[segment]!, points[segment + 1]!, t - segment);
    for (let a = 0; a < around; a++) {
      const angle = (2 * Math.PI * a) / around;
      positions.push(...(options.transform ?? ((p: Vec3) => p))([centre[0] + radius * Math.cos(angle), centre[1], centre[2] + radius * Math.sin(angle)]));
      uvs.push(a / around, r / (rings - 1));
      joints.push(chain[t - segment < 0.5 ? segment : segment + 1]!, 0, 0, 0);
    }
  }
  const document = new Document();
  const buffer = document.createBuffer();
  const count = positions.length / 3;
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', accessor(document, buffer, new Float32Array(positions), 'VEC3'))
    .setAttribute('TEXCOORD_0', accessor(document, buffer, new Float32Array(uvs), 'VEC2'))
    .setAttribute('JOINTS_0', accessor(document, buffer, Uint8Array.from(joints), 'VEC4'))
    .setAttribute('WEIGHTS_0', accessor(document, buffer, new Float32Array(count * 4).map((_, i) => (i % 4 === 0 ? 1 : 0)), 'VEC4'))
    .setIndices(accessor(document, buffer, tubeIndices(around, rings), 'SCALAR'))
    .setMaterial(material(document, options.texture));
  if (options.fit ?? true) {
    primitive.setAttribute('_FITREFS', accessor(document, buffer, new Uint16Array(count * 3).map((_, i) => options.fitRef ?? i % 3), 'VEC3'));
    primitive.setAttribute('_FITWEIGHTS', accessor(document, buffer, new Float32Array(count * 3).map((_, i) => (i % 3 === 0 ? 1 : 0)), 'VEC3'));
    primitive.setAttribute('_FITOFFSETS', accessor(document, buffer, new Float32Array(count * 3), 'VEC3'));
  }
  const scene = document.createScene();
  const mesh = document.createMesh('garment').addPrimitive(primitive);
  scene.addChild(document.createNode('garment').setMesh(mesh).setSkin(addSkin(document, buffer, scene, skeleton, options)));
  return io.writeBinary(document);
}

/** The core skeleton as nodes under `Armature`, with inverse bind matrices of its rest pose (or moved by bindOffset). */
function addSkin(document: Document, buffer: Buffer, scene: Scene, skeleton: ReferenceSkeleton, options: GarmentOptions) {
  const rename = options.renameJoint ?? ((name: string) => name);
  const [dx, dy, dz] = options.bindOffset ?? [0, 0, 0];
  const byName = new Map<string, Node>();
  const nodes = skeleton.joints.map((joint) => {
    const base = skeleton.joints.find((candidate) => candidate.name === joint.parent)?.position ?? [0, 0, 0];
    const node = document.createNode(rename(joint.name)).setTranslation([joint.position[0] - base[0], joint.position[1] - base[1], joint.position[2] - base[2]]);
    byName.set(joint.name, node);
    return node;
  });
  const armature = document.createNode('Armature');
  scene.addChild(armature);
  skeleton.joints.forEach((joint, j) => (joint.parent ? byName.get(joint.parent)! : armature).addChild(nodes[j]!));
  const inverseBinds = new Float32Array(skeleton.joints.length * 16);
  skeleton.joints.forEach(({ position: [x, y, z] }, j) => inverseBinds.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -x - dx, -y - dy, -z - dz, 1], j * 16));
  const skin = document.createSkin('Armature').setSkeleton(nodes[0]!).setInverseBindMatrices(accessor(document, buffer, inverseBinds, 'MAT4'));
  for (const node of nodes) skin.addJoint(node);
  return skin;
}

/** An unskinned box, modelled where it sits on the reference body. */
export async function rigidAccessoryGlb({ centre, size, texture, nodeScale = 1 }: AccessoryOptions): Promise<Uint8Array> {
  const document = new Document();
  const buffer = document.createBuffer();
  const corners = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((k) => [0, 1, 2].map((axis) => (centre[axis]! + ((k >> axis) & 1 ? 0.5 : -0.5) * size[axis]!) / nodeScale));
  const faces = [0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5];
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', accessor(document, buffer, new Float32Array(corners), 'VEC3'))
    .setAttribute('TEXCOORD_0', accessor(document, buffer, new Float32Array(16).map((_, i) => (i >> 1) % 2), 'VEC2'))
    .setIndices(accessor(document, buffer, Uint16Array.from(faces), 'SCALAR'))
    .setMaterial(material(document, texture));
  const node = document.createNode('accessory').setMesh(document.createMesh('accessory').addPrimitive(primitive));
  document.createScene().addChild(nodeScale === 1 ? node : node.setScale([nodeScale, nodeScale, nodeScale]));
  return io.writeBinary(document);
}

function material(document: Document, texture: Uint8Array | undefined) {
  const made = document.createMaterial('cloth');
  return texture ? made.setBaseColorTexture(document.createTexture('baseColor').setImage(texture).setMimeType('image/png')) : made;
}

function lerp(a: Vec3, b: Vec3, t: number): Vec3 {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

function tubeIndices(around: number, rings: number): Uint32Array {
  const indices: number[] = [];
  for (let r = 0; r < rings - 1; r++) {
    for (let a = 0; a < around; a++) {
      const [p, q] = [r * around + a, r * around + ((a + 1) % around)];
      indices.push(p, p + around, q, q, p + around, q + around);
    }
  }
  return Uint32Array.from(indices);
}
