/**
 * Re-rests the avatar in another pose (T for VRM and on request): every vertex is skinned into the pose, the
 * joints move to their posed positions, and the rest rotations stay identity, so the file's bind pose is the
 * new pose itself.
 */
import { Matrix3, Matrix4, Quaternion, Vector3 } from 'three';
import type { PoseRotations } from '../avatar/poses';
import type { AssembledAvatar, AvatarJoint, AvatarPart } from './assemble';

export function restInPose(avatar: AssembledAvatar, rotations: PoseRotations): AssembledAvatar {
  const { skinMatrices, joints } = posedJoints(avatar.joints, rotations);
  const normalMatrices = skinMatrices.map((m) => new Matrix3().setFromMatrix4(m));
  const parts = avatar.parts.map((part) => {
    const positions = new Float32Array(part.positions.length);
    const normals = new Float32Array(part.normals.length);
    const p = new Vector3(), n = new Vector3(), sumP = new Vector3(), sumN = new Vector3();
    for (let v = 0; v < positions.length / 3; v += 1) {
      sumP.set(0, 0, 0);
      sumN.set(0, 0, 0);
      for (let k = 0; k < 4; k += 1) {
        const w = part.weights[v * 4 + k]!;
        if (w === 0) continue;
        const j = part.joints[v * 4 + k]!;
        sumP.addScaledVector(p.fromArray(part.positions, v * 3).applyMatrix4(skinMatrices[j]!), w);
        sumN.addScaledVector(n.fromArray(part.normals, v * 3).applyMatrix3(normalMatrices[j]!), w);
      }
      sumP.toArray(positions, v * 3);
      sumN.normalize().toArray(normals, v * 3);
    }
    const morphs = part.morphs.map((morph) => ({ name: morph.name, deltas: rotateDeltas(morph.deltas, part, normalMatrices) }));
    return { ...part, positions, normals, morphs };
  });
  return { joints, parts };
}

/** Morph deltas are directions: they turn with the skinning rotation and do not move with it. */
function rotateDeltas(deltas: Float32Array, part: AvatarPart, rotations: readonly Matrix3[]): Float32Array {
  const out = new Float32Array(deltas.length);
  const d = new Vector3(), sum = new Vector3();
  for (let v = 0; v < deltas.length / 3; v += 1) {
    if (deltas[v * 3] === 0 && deltas[v * 3 + 1] === 0 && deltas[v * 3 + 2] === 0) continue;
    sum.set(0, 0, 0);
    for (let k = 0; k < 4; k += 1) {
      const w = part.weights[v * 4 + k]!;
      if (w !== 0) sum.addScaledVector(d.fromArray(deltas, v * 3).applyMatrix3(rotations[part.joints[v * 4 + k]!]!), w);
    }
    sum.toArray(out, v * 3);
  }
  return out;
}

/** Joint world transforms in the pose (joints come parents-first) and each joint's skinning matrix from rest. */
function posedJoints(rest: readonly AvatarJoint[], rotations: PoseRotations): { skinMatrices: Matrix4[]; joints: AvatarJoint[] } {
  const worldRotation: Quaternion[] = [];
  const worldPosition: Vector3[] = [];
  const skinMatrices = rest.map((joint, j) => {
    const local = new Quaternion(...(rotations[joint.name] ?? [0, 0, 0, 1]));
    const head = new Vector3(...joint.head);
    if (joint.parent < 0) {
      worldRotation[j] = local;
      worldPosition[j] = head;
    } else {
      const parentHead = new Vector3(...rest[joint.parent]!.head);
      worldRotation[j] = worldRotation[joint.parent]!.clone().multiply(local);
      worldPosition[j] = head.clone().sub(parentHead).applyQuaternion(worldRotation[joint.parent]!).add(worldPosition[joint.parent]!);
    }
    const toRest = new Matrix4().makeTranslation(-head.x, -head.y, -head.z);
    return new Matrix4().compose(worldPosition[j]!, worldRotation[j]!, new Vector3(1, 1, 1)).multiply(toRest);
  });
  const joints = rest.map((joint, j) => ({ ...joint, head: worldPosition[j]!.toArray() as AvatarJoint['head'] }));
  return { skinMatrices, joints };
}
