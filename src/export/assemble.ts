/**
 * The avatar as plain meshes, exactly as the live scene shapes it: body shape applied, every item fitted to the
 * body, joints refitted, hidden body triangles dropped, feet on the floor. No three.js, no glTF yet.
 */
import type { MaterialData, PrimitiveData, TextureData, Vec3 } from '../avatar/assetData';
import { fitToBody, gatherBodyPositions, smoothNormals, weldKeysByPosition } from '../avatar/fitting';
import { HAIR_SLOT, HEADWEAR_SLOT, headCentre, headwearCover, tuckUnder } from '../avatar/headwear';
import { hiddenVertexMask, visibleTriangles } from '../avatar/hiddenBody';
import { applyShape, clampShapeValues, lowestBodyY } from '../avatar/shape';
import { followCarrier } from '../avatar/rigid';
import { fitJointHeads } from '../avatar/skeletonFit';
import { greyOf, tintFor, type Rgb } from '../core/colour';
import type { MorphTarget } from './meshes';
import type { ExportInputs, WornItemData } from './sources';

export interface AvatarJoint {
  name: string;
  parent: number;
  /** Rest position, avatar space, metres. */
  head: Vec3;
}

export interface PartLook {
  material: MaterialData;
  /** Linear multiplier for the base colour (free colours), null when none was chosen. */
  tint: Rgb | null;
  /** Dyed items keep only their texture's brightness and take the tint's hue. */
  dyed: boolean;
}

export interface AvatarPart {
  /** Mesh name in the file. */
  name: string;
  slot: string;
  layer: number;
  positions: Float32Array;
  normals: Float32Array;
  uvs: Float32Array | null;
  indices: Uint32Array;
  /** 4 joint indices into the avatar's joints and 4 weights per vertex. */
  joints: Uint16Array;
  weights: Float32Array;
  /** MakeHuman vertex numbers the part's vertices follow (for morph targets), with blend weights. */
  follows: { refs: Uint16Array; weights: Float32Array; perVertex: number };
  look: PartLook;
  morphs: MorphTarget[];
}

export interface AssembledAvatar {
  joints: AvatarJoint[];
  parts: AvatarPart[];
}

export function assembleAvatar(inputs: ExportInputs): AssembledAvatar {
  const { model, body, manifest } = inputs;
  const shaped = new Float32Array(model.vertexCount * 3);
  applyShape(model, clampShapeValues(model, manifest.body), shaped);
  const lift = -lowestBodyY(model, shaped);
  const heads = new Float32Array(body.joints.length * 3);
  fitJointHeads(body.joints, shaped, heads);
  const joints = body.joints.map((joint, j) => ({ name: joint.name, parent: joint.parent, head: [heads[j * 3]!, heads[j * 3 + 1]! + lift, heads[j * 3 + 2]!] as Vec3 }));
  const jointIndex = new Map(joints.map((joint, j) => [joint.name, j]));
  const hidden = hiddenVertexMask(model.vertexCount, inputs.items.flatMap((item) => item.asset.hidesBody));
  const parts = [bodyPart(inputs, shaped, hidden, jointIndex), ...inputs.items.flatMap((item) => itemParts(item, inputs, shaped, jointIndex))];
  for (const part of parts) for (let v = 1; v < part.positions.length; v += 3) part.positions[v]! += lift;
  tuckHairUnderHeadwear(parts, joints);
  return { joints, parts: parts.sort((a, b) => a.layer - b.layer) };
}

function bodyPart(inputs: ExportInputs, shaped: Float32Array, hidden: Uint8Array, jointIndex: Map<string, number>): AvatarPart {
  const primitive = inputs.body.primitives[0]!;
  const mhVertex = primitive.mhVertex!;
  const positions = new Float32Array(mhVertex.length * 3);
  gatherBodyPositions(shaped, mhVertex, positions);
  const normals = new Float32Array(positions.length);
  smoothNormals(positions, primitive.indices, Uint32Array.from(mhVertex), new Float32Array(inputs.model.vertexCount * 3), normals);
  const skin = inputs.skin;
  const hex = inputs.manifest.colours.skin;
  const material = { ...primitive.material, baseColorTexture: skin?.texture ?? primitive.material.baseColorTexture };
  return {
    name: 'Wolf3D_Body',
    slot: 'body',
    layer: 0,
    positions,
    normals,
    uvs: primitive.uvs,
    indices: visibleTriangles(primitive.indices, mhVertex, hidden),
    ...skinning(primitive, inputs.body.joints, jointIndex),
    follows: { refs: mhVertex, weights: new Float32Array(mhVertex.length).fill(1), perVertex: 1 },
    look: { material, tint: skin && hex ? tintFor(hex, skin.asset.swatch) : null, dyed: false },
    morphs: [],
  };
}

function itemParts(item: WornItemData, inputs: ExportInputs, shaped: Float32Array, jointIndex: Map<string, number>): AvatarPart[] {
  const carrier = item.data.carrier;
  const hex = inputs.manifest.colours[item.slot];
  const dyed = Boolean(hex && item.asset.colourable);
  const tint = dyed ? tintFor(hex!, item.asset.swatch ? greyOf(item.asset.swatch) : undefined) : null;
  return item.data.primitives.map((primitive, i) => {
    const positions = primitive.positions.slice();
    const { fitRefs, fitWeights, fitOffsets } = primitive;
    if (carrier) followCarrier(primitive.positions, carrier, shaped, positions);
    else if (fitRefs && fitWeights && fitOffsets) fitToBody(shaped, fitRefs, fitWeights, fitOffsets, positions);
    const normals = new Float32Array(positions.length);
    smoothNormals(positions, primitive.indices, weldKeysByPosition(primitive.positions), new Float32Array(positions.length), normals);
    const texture: TextureData | null = item.variantTexture ?? primitive.material.baseColorTexture;
    return {
      name: `Wolf3D_${capitalised(item.slot)}${item.data.primitives.length > 1 ? `_${i}` : ''}`,
      slot: item.slot,
      layer: item.asset.layer,
      positions,
      normals,
      uvs: primitive.uvs,
      indices: primitive.indices,
      ...skinning(primitive, item.data.joints, jointIndex),
      follows: fitRefs && fitWeights ? { refs: fitRefs, weights: fitWeights, perVertex: 3 } : { refs: new Uint16Array(0), weights: new Float32Array(0), perVertex: 0 },
      look: { material: { ...primitive.material, baseColorTexture: texture }, tint, dyed },
      morphs: [],
    };
  });
}

/** Hair under headwear, as the live avatar tucks it (see headwear.ts). */
function tuckHairUnderHeadwear(parts: AvatarPart[], joints: AvatarJoint[]): void {
  const headwear = parts.filter((part) => part.slot === HEADWEAR_SLOT);
  const head = joints.find((joint) => joint.name === 'Head');
  const top = joints.find((joint) => joint.name === 'HeadTop_End');
  if (headwear.length === 0 || !head || !top) return;
  const centre = headCentre(head.head, top.head);
  const cover = headwearCover(headwear, centre);
  for (const hair of parts.filter((part) => part.slot === HAIR_SLOT)) {
    const weldKeys = weldKeysByPosition(hair.positions);
    if (tuckUnder(cover, centre, hair.positions)) smoothNormals(hair.positions, hair.indices, weldKeys, new Float32Array(hair.positions.length), hair.normals);
  }
}

/**
 * Joint indices remapped to the avatar's joint order, weights normalised, and unused influences set to joint 0
 * with weight 0 (what glTF validators expect).
 */
function skinning(primitive: PrimitiveData, assetJoints: readonly { name: string }[], jointIndex: Map<string, number>): { joints: Uint16Array; weights: Float32Array } {
  const count = primitive.positions.length / 3;
  const joints = new Uint16Array(count * 4);
  const weights = new Float32Array(count * 4);
  const map = assetJoints.map((joint) => jointIndex.get(joint.name) ?? 0);
  const hips = jointIndex.get('Hips') ?? 0;
  for (let v = 0; v < count; v += 1) {
    const source = primitive.skinWeights ? [0, 1, 2, 3].map((k) => primitive.skinWeights![v * 4 + k]!) : [1, 0, 0, 0];
    const total = source.reduce((sum, w) => sum + w, 0);
    for (let k = 0; k < 4; k += 1) {
      const w = total > 0 ? source[k]! / total : k === 0 ? 1 : 0;
      weights[v * 4 + k] = w;
      joints[v * 4 + k] = w > 0 ? (primitive.skinJoints ? map[primitive.skinJoints[v * 4 + k]!]! : hips) : 0;
    }
  }
  return { joints, weights };
}

function capitalised(slot: string): string {
  return slot.charAt(0).toUpperCase() + slot.slice(1);
}
