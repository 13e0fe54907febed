/**
 * Forward kinematics shared by the pose conversion and its tests. Both skeletons (MakeHuman's rig and ours) have
 * identity rest rotations, so a pose is a local rotation per joint in world-aligned frames; a joint's world
 * rotation is the product of the local rotations from the root down, and it pivots about its rest head.
 */
import { Quaternion } from 'three';
import type { Vector3 } from 'three';

/** One joint of a rest skeleton: head position and parent index (-1 = root). */
export interface RestJoint {
  head: Vector3;
  parent: number;
}

/** A posed skeleton: world rotation and posed head per joint. */
export interface PosedFrames {
  rotations: Quaternion[];
  heads: Vector3[];
}

/** Poses a skeleton whose joints are listed parents-first; `local[j]` may be undefined (identity). */
export function poseFrames(joints: readonly RestJoint[], local: readonly (Quaternion | undefined)[]): PosedFrames {
  const rotations: Quaternion[] = [];
  const heads: Vector3[] = [];
  joints.forEach((joint, j) => {
    if (joint.parent >= j) throw new Error('poseFrames: joints must be listed parents first');
    const parentRotation = joint.parent < 0 ? new Quaternion() : rotations[joint.parent]!;
    rotations.push(parentRotation.clone().multiply(local[j] ?? new Quaternion()));
    if (joint.parent < 0) heads.push(joint.head.clone());
    else {
      const parent = joints[joint.parent]!;
      const offset = joint.head.clone().sub(parent.head).applyQuaternion(parentRotation);
      heads.push(heads[joint.parent]!.clone().add(offset));
    }
  });
  return { rotations, heads };
}

/** Where a rest point bound rigidly to joint `j` goes in the posed skeleton. */
export function posePoint(frames: PosedFrames, joints: readonly RestJoint[], j: number, point: Vector3): Vector3 {
  return point.clone().sub(joints[j]!.head).applyQuaternion(frames.rotations[j]!).add(frames.heads[j]!);
}

/** Normalised mean of quaternions (sign-aligned to the first): good enough for nearby rotations. */
export function averageQuaternion(quaternions: readonly Quaternion[]): Quaternion {
  const first = quaternions[0] ?? new Quaternion();
  const sum = new Quaternion(0, 0, 0, 0);
  for (const q of quaternions) {
    const sign = q.dot(first) < 0 ? -1 : 1;
    sum.set(sum.x + sign * q.x, sum.y + sign * q.y, sum.z + sign * q.z, sum.w + sign * q.w);
  }
  return sum.normalize();
}
