import type { Quaternion} from 'three';
import { Bone, Matrix4, Skeleton } from 'three';
import type { JointData } from '../assetData';
import type { PoseRotations } from '../poses';
import { fitJointHeads } from '../skeletonFit';

/**
 * The one skeleton every worn item binds to. Rest rotations are identity, so refitting to a new body shape
 * only moves joint heads and rewrites the inverse bind matrices (pure translations).
 */
export class AvatarSkeleton {
  readonly skeleton: Skeleton;
  readonly root: Bone;
  private readonly heads: Float32Array;
  private readonly byName: Map<string, number>;

  constructor(readonly joints: readonly JointData[]) {
    const bones = joints.map((joint) => Object.assign(new Bone(), { name: joint.name }));
    joints.forEach((joint, j) => {
      if (joint.parent >= 0) bones[joint.parent]!.add(bones[j]!);
    });
    const root = bones.find((_, j) => joints[j]!.parent < 0);
    if (!root) throw new Error('the skeleton has no root joint');
    this.root = root;
    this.heads = new Float32Array(joints.length * 3);
    joints.forEach((joint, j) => this.heads.set(joint.head, j * 3));
    this.byName = new Map(joints.map((joint, j) => [joint.name, j]));
    this.skeleton = new Skeleton(bones, joints.map(() => new Matrix4()));
    this.applyHeads();
  }

  jointIndex(name: string): number | undefined {
    return this.byName.get(name);
  }

  /** Moves every joint to follow a shaped body (MakeHuman vertex positions). */
  refit(body: Float32Array): void {
    fitJointHeads(this.joints, body, this.heads);
    this.applyHeads();
  }

  /** Joint head in avatar space (rest pose). */
  head(index: number): [number, number, number] {
    return [this.heads[index * 3]!, this.heads[index * 3 + 1]!, this.heads[index * 3 + 2]!];
  }

  /** Sets local rotations; joints not named return to rest. */
  pose(rotations: PoseRotations): void {
    this.skeleton.bones.forEach((bone) => {
      const q = rotations[bone.name];
      if (q) bone.quaternion.set(q[0], q[1], q[2], q[3]);
      else bone.quaternion.identity();
    });
  }

  /** Multiplies an extra rotation onto a joint's current pose (idle motion). */
  rotateJoint(name: string, rotation: Quaternion): void {
    const index = this.byName.get(name);
    if (index !== undefined) this.skeleton.bones[index]!.quaternion.multiply(rotation);
  }

  /** Frees the bone texture a renderer made for this skeleton (three.js never frees it by itself). */
  dispose(): void {
    this.skeleton.dispose();
  }

  private applyHeads(): void {
    const { bones, boneInverses } = this.skeleton;
    this.joints.forEach((joint, j) => {
      const [x, y, z] = this.head(j);
      const [px, py, pz] = joint.parent >= 0 ? this.head(joint.parent) : [0, 0, 0];
      bones[j]!.position.set(x - px, y - py, z - pz);
      boneInverses[j]!.makeTranslation(-x, -y, -z);
    });
    this.root.updateMatrixWorld(true);
  }
}
