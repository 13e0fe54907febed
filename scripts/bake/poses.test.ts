import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { baseMeshSkin, referenceSkeleton } from './body';
import { BODY_VERTEX_COUNT, loadBaseMesh } from './legacyMesh';
import { poseFrames, posePoint } from './poseMath';
import type { PosedFrames, RestJoint } from './poseMath';
import { bakePoses, BODY_POSES_PATH, loadMakeHumanPoses, loadRigParents, makeHumanWorldRotation, POSE_SOURCES, restJoints } from './poses';
import type { MakeHumanPose, Quat } from './poses';
import { loadReferenceBody } from './referenceBody';
import { JOINT_NAMES, loadRigPoints } from './skeleton';

const skeleton = referenceSkeleton();
const ours = restJoints(skeleton);
const outDir = mkdtempSync(join(tmpdir(), 'poses-'));
bakePoses(outDir, skeleton);
const written = JSON.parse(readFileSync(join(outDir, BODY_POSES_PATH), 'utf8')) as {
  poses: Record<string, { name: { en: string; fr: string }; rotations: Record<string, Quat> }>;
};
const reference = loadReferenceBody().positions;
const mesh = loadBaseMesh();
const parents = loadRigParents();

function ourFrames(id: string): PosedFrames {
  const rotations = written.poses[id]!.rotations;
  return poseFrames(ours, JOINT_NAMES.map((name) => (rotations[name] ? new Quaternion(...rotations[name]) : undefined)));
}

function direction(frames: PosedFrames, from: string, to: string): Vector3 {
  return frames.heads[JOINT_NAMES.indexOf(to)]!.clone().sub(frames.heads[JOINT_NAMES.indexOf(from)]!).normalize();
}

const degrees = (a: Vector3, b: Vector3): number => (a.angleTo(b) * 180) / Math.PI;

/** MakeHuman's full 163-bone rig as rest joints (parents first), heads from the rig points on the reference body. */
function makeHumanRig(): { bones: string[]; joints: RestJoint[] } {
  const points = loadRigPoints();
  const bones: string[] = [];
  const visit = (bone: string): void => {
    if (bones.includes(bone)) return;
    if (parents[bone]) visit(parents[bone]);
    bones.push(bone);
  };
  Object.keys(parents).forEach(visit);
  const mean = (ids: number[]): Vector3 =>
    ids.reduce((sum, id) => sum.add(new Vector3(reference[id * 3], reference[id * 3 + 1], reference[id * 3 + 2])), new Vector3()).divideScalar(ids.length);
  return { bones, joints: bones.map((bone) => ({ head: mean(points[`${bone}____head`]!), parent: parents[bone] ? bones.indexOf(parents[bone]) : -1 })) };
}

/** Mean distance (mm) between MakeHuman's skinning of a pose and ours, after removing the mean offset (rigid shift). */
function poseDeviationMm(pose: MakeHumanPose, id: string): number {
  const rig = makeHumanRig();
  const theirs = poseFrames(rig.joints, rig.bones.map((bone) => (pose[bone] ? new Quaternion(...pose[bone]) : undefined)));
  const mine = ourFrames(id);
  const boneIndex = mesh.bones!.map((bone) => rig.bones.indexOf(bone.name.replace(/____head$/, '')));
  const skin = baseMeshSkin(mesh);
  const differences: Vector3[] = [];
  for (let v = 0; v < BODY_VERTEX_COUNT; v += 4) {
    const point = new Vector3(reference[v * 3], reference[v * 3 + 1], reference[v * 3 + 2]);
    const [a, b] = [new Vector3(), new Vector3()];
    for (let k = 0; k < 4; k++) {
      const [bone, weight] = [boneIndex[mesh.skinIndices![v * 4 + k]!]!, mesh.skinWeights![v * 4 + k]!];
      if (weight > 0) a.addScaledVector(posePoint(theirs, rig.joints, bone, point), weight);
      const joint = skin.joints[v * 4 + k]!;
      if (skin.weights[v * 4 + k]! > 0) b.addScaledVector(posePoint(mine, ours, joint, point), skin.weights[v * 4 + k]!);
    }
    differences.push(a.sub(b));
  }
  const offset = differences.reduce((sum, d) => sum.add(d), new Vector3()).divideScalar(differences.length);
  return (differences.reduce((sum, d) => sum + d.distanceTo(offset), 0) / differences.length) * 1000;
}

describe('poses.json', () => {
  it('lists a, t, relaxed and at least 4 more, with en/fr names and unit quaternions on our joints', () => {
    const ids = Object.keys(written.poses);
    expect(ids.slice(0, 3)).toEqual(['a', 't', 'relaxed']);
    expect(ids.length).toBeGreaterThanOrEqual(7);
    expect(written.poses.a!.rotations).toEqual({});
    for (const { name, rotations } of Object.values(written.poses)) {
      expect(name.en.length * name.fr.length).toBeGreaterThan(0);
      for (const [joint, q] of Object.entries(rotations)) {
        expect(JOINT_NAMES).toContain(joint);
        expect(Math.hypot(...q)).toBeCloseTo(1, 5);
      }
    }
    expect(POSE_SOURCES.some((pose) => pose.source?.startsWith('Harvey'))).toBe(false);
  });

  it('reads MakeHuman quaternions as local rotations in world-aligned frames (its tpose lifts the arms)', () => {
    const tpose = loadMakeHumanPoses().tpose!;
    const points = loadRigPoints();
    const mean = (key: string): Vector3 =>
      points[key]!.reduce((s, id) => s.add(new Vector3(reference[id * 3], reference[id * 3 + 1], reference[id * 3 + 2])), new Vector3()).divideScalar(points[key]!.length);
    const rest = mean('upperarm02.L____tail').sub(mean('upperarm01.L____head')).normalize();
    const posed = rest.applyQuaternion(makeHumanWorldRotation(tpose, parents, 'upperarm02.L'));
    expect(degrees(posed, new Vector3(1, 0, 0))).toBeLessThan(10);
  });

  it('t: both upper arms (and forearms) point along ±X within 5°, palms down', () => {
    const frames = ourFrames('t');
    for (const [side, x] of [['Left', 1], ['Right', -1]] as const) {
      expect(degrees(direction(frames, `${side}Arm`, `${side}ForeArm`), new Vector3(x, 0, 0))).toBeLessThan(5);
      expect(degrees(direction(frames, `${side}ForeArm`, `${side}Hand`), new Vector3(x, 0, 0))).toBeLessThan(5);
      // Index knuckle in front of the pinky knuckle: the palm faces down.
      expect(direction(frames, `${side}HandPinky1`, `${side}HandIndex1`).z).toBeGreaterThan(0.9);
    }
    // In the A rest pose the upper arms hang about 50° below horizontal.
    expect(degrees(direction(poseFrames(ours, []), 'LeftArm', 'LeftForeArm'), new Vector3(1, 0, 0))).toBeGreaterThan(40);
  });

  it('reproduces MakeHuman\'s own skinning of each pose closely', () => {
    const source = loadMakeHumanPoses();
    for (const { id, source: sourceId } of POSE_SOURCES) {
      if (sourceId === null || id === 't') continue;
      const deviation = poseDeviationMm(source[sourceId]!, id);
      expect(deviation, id).toBeLessThan(id === 'relaxed' ? 3 : 20);
    }
  });
});
