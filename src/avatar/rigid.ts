/**
 * Rigid accessories (glasses, hats, watches): an unskinned model, made on the reference body, carried by one
 * bone. They become ordinary skinned items bound wholly to that bone, so the live scene and the exporter treat
 * them like garments; when the body is shaped they move with the bone instead of following fitting data.
 */
import type { Attachment } from '../packs/schema';
import type { AssetCarrier, AssetData, JointData, PrimitiveData, Vec3 } from './assetData';

/** A rigid item as a skinned one. Throws a plain message when the model or the bone does not fit the rules. */
export function attachRigid(asset: AssetData, attach: Attachment, bodyJoints: readonly JointData[]): AssetData {
  const bone = bodyJoints.find((joint) => joint.name === attach.bone);
  if (!bone) throw new Error(`it is attached to "${attach.bone}", which is not a bone of the avatar's skeleton`);
  if (asset.joints.length > 0) throw new Error('it names a bone to attach to but is skinned: a rigid accessory must have no skin');
  const joint: JointData = { name: bone.name, parent: -1, translation: bone.head, head: bone.head, fitVertices: null };
  const primitives = asset.primitives.map((primitive) => boundToOneBone(primitive, attach.offset));
  return { ...asset, primitives, joints: [joint], carrier: { bone: bone.name, restHead: bone.head } };
}

function boundToOneBone(primitive: PrimitiveData, offset: Vec3): PrimitiveData {
  const count = primitive.positions.length / 3;
  const positions = primitive.positions.slice();
  for (let v = 0; v < count; v += 1) for (let k = 0; k < 3; k += 1) positions[v * 3 + k]! += offset[k]!;
  const skinWeights = new Float32Array(count * 4);
  for (let v = 0; v < count; v += 1) skinWeights[v * 4] = 1;
  return { ...primitive, positions, skinJoints: new Uint16Array(count * 4), skinWeights, fitRefs: null, fitWeights: null, fitOffsets: null };
}

/** Moves a carried item by as much as its bone moved from where the item was made (the body was shaped). */
export function followCarrier(modelled: Float32Array, carrier: AssetCarrier, head: Readonly<Vec3>, out: Float32Array): void {
  const shift = [head[0] - carrier.restHead[0], head[1] - carrier.restHead[1], head[2] - carrier.restHead[2]];
  for (let i = 0; i < modelled.length; i += 1) out[i] = modelled[i]! + shift[i % 3]!;
}
