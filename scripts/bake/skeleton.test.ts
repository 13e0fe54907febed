import { describe, expect, it } from 'vitest';
import { BODY_VERTEX_COUNT, loadBaseMesh } from './legacyMesh';
import { loadReferenceBody } from './referenceBody';
import { buildSkeleton, JOINT_NAMES, jointForBone, loadRigPoints, parentJointName, remapSkin } from './skeleton';

const json = loadBaseMesh();
const reference = loadReferenceBody().positions;
const skeleton = buildSkeleton(reference);
const skin = remapSkin(json.skinIndices!, json.skinWeights!, json.bones!.map((bone) => bone.name));
const jointIndex = (name: string): number => JOINT_NAMES.indexOf(name);

/** The RPM / Mixamo skeleton of INTEROP.md: joint -> parent. */
function expectedParents(): Record<string, string | null> {
  const parents: Record<string, string | null> = {
    Hips: null, Spine: 'Hips', Spine1: 'Spine', Spine2: 'Spine1', Neck: 'Spine2', Head: 'Neck',
    HeadTop_End: 'Head', LeftEye: 'Head', RightEye: 'Head',
  };
  for (const side of ['Left', 'Right']) {
    Object.assign(parents, {
      [`${side}Shoulder`]: 'Spine2', [`${side}Arm`]: `${side}Shoulder`, [`${side}ForeArm`]: `${side}Arm`,
      [`${side}Hand`]: `${side}ForeArm`, [`${side}UpLeg`]: 'Hips', [`${side}Leg`]: `${side}UpLeg`,
      [`${side}Foot`]: `${side}Leg`, [`${side}ToeBase`]: `${side}Foot`, [`${side}Toe_End`]: `${side}ToeBase`,
    });
    for (const finger of ['Thumb', 'Index', 'Middle', 'Ring', 'Pinky']) {
      for (let n = 1; n <= 4; n++) parents[`${side}Hand${finger}${n}`] = n === 1 ? `${side}Hand` : `${side}Hand${finger}${n - 1}`;
    }
  }
  return parents;
}

/** The nearest body vertex to a point. */
function nearestBodyVertex(point: readonly number[]): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let v = 0; v < BODY_VERTEX_COUNT; v++) {
    const d = Math.hypot(reference[v * 3]! - point[0]!, reference[v * 3 + 1]! - point[1]!, reference[v * 3 + 2]! - point[2]!);
    if (d < bestDistance) [best, bestDistance] = [v, d];
  }
  return best;
}

function heaviestJoint(vertex: number): string {
  return JOINT_NAMES[skin.joints[vertex * 4]!]!;
}

function midpoint(a: string, b: string): number[] {
  const [p, q] = [skeleton.joints[jointIndex(a)]!.head, skeleton.joints[jointIndex(b)]!.head];
  return [0, 1, 2].map((k) => (p[k]! + q[k]!) / 2);
}

describe('standard skeleton', () => {
  it('has the 67 INTEROP.md joints, each once, with the right parents, Hips first', () => {
    const parents = expectedParents();
    expect(JOINT_NAMES.length).toBe(67);
    expect(new Set(JOINT_NAMES).size).toBe(67);
    expect([...JOINT_NAMES].sort()).toEqual(Object.keys(parents).sort());
    expect(JOINT_NAMES[0]).toBe('Hips');
    skeleton.joints.forEach((joint, j) => {
      expect(joint.name).toBe(JOINT_NAMES[j]);
      expect(parentJointName(joint.name)).toBe(parents[joint.name]);
      expect(joint.parent < 0 ? null : JOINT_NAMES[joint.parent]).toBe(parents[joint.name]);
      expect(joint.parent).toBeLessThan(j); // Parents first: FK and glTF writers can walk the list once.
    });
  });

  it('places every joint inside the body and gives it fit vertices', () => {
    const min = [Infinity, Infinity, Infinity];
    const max = [-Infinity, -Infinity, -Infinity];
    for (let v = 0; v < BODY_VERTEX_COUNT; v++) {
      for (let k = 0; k < 3; k++) [min[k], max[k]] = [Math.min(min[k]!, reference[v * 3 + k]!), Math.max(max[k]!, reference[v * 3 + k]!)];
    }
    for (const joint of skeleton.joints) {
      expect(joint.fitVertices.length, joint.name).toBeGreaterThan(0);
      // End joints mark tips (HeadTop_End is MakeHuman's head tail, 3 mm above the scalp): allow 1 cm.
      const slack = /(_End|4)$/.test(joint.name) ? 0.01 : 0;
      joint.head.forEach((value, k) => {
        expect(value, joint.name).toBeGreaterThanOrEqual(min[k]! - slack);
        expect(value, joint.name).toBeLessThanOrEqual(max[k]! + slack);
      });
    }
  });

  it('puts left joints at +X (the body faces +Z) and mirrors right ones', () => {
    for (const name of JOINT_NAMES.filter((n) => n.startsWith('Left'))) {
      const left = skeleton.joints[jointIndex(name)]!.head;
      const right = skeleton.joints[jointIndex(name.replace('Left', 'Right'))]!.head;
      expect(left[0], name).toBeGreaterThan(0.01);
      expect(right[0]).toBeCloseTo(-left[0], 3);
      expect(right[1]).toBeCloseTo(left[1], 3);
    }
    const head = skeleton.joints[jointIndex('Head')]!.head;
    expect(skeleton.joints[jointIndex('HeadTop_End')]!.head[1]).toBeGreaterThan(head[1] + 0.1);
    expect(skeleton.joints[jointIndex('LeftEye')]!.head[2]).toBeGreaterThan(head[2] + 0.05);
  });

  it('has translation-only inverse bind matrices', () => {
    skeleton.joints.forEach((joint, j) => {
      const m = skeleton.inverseBindMatrices.subarray(j * 16, j * 16 + 16);
      expect([...m.subarray(0, 12)]).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0]);
      [0, 1, 2].forEach((k) => expect(m[12 + k]).toBeCloseTo(-joint.head[k]!, 6));
    });
  });

  it('maps every rig bone, helpers included, and refuses unknown bones', () => {
    const rigBones = Object.keys(loadRigPoints()).map((point) => point.replace(/____(head|tail)$/, ''));
    for (const bone of new Set(rigBones)) expect(JOINT_NAMES).toContain(jointForBone(bone));
    expect(jointForBone('lowerarm02.L____head')).toBe('LeftForeArm');
    expect(jointForBone('upperarm02.R')).toBe('RightArm');
    expect(jointForBone('metacarpal2.L')).toBe('LeftHand');
    expect(jointForBone('finger1-1.R')).toBe('RightHandThumb1');
    expect(jointForBone('finger5-3.L')).toBe('LeftHandPinky3');
    expect(jointForBone('jaw')).toBe('Head');
    expect(jointForBone('eye.R')).toBe('RightEye');
    expect(jointForBone('toe3-2.L')).toBe('LeftToeBase');
    expect(() => jointForBone('tail01')).toThrow(/no joint mapping for MakeHuman bone "tail01"/);
  });
});

describe('remapped skin', () => {
  it('has 4 influences per vertex summing to 1, unused slots joint 0 weight 0', () => {
    let worst = 0;
    for (let v = 0; v < json.vertices.length / 3; v++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) {
        const weight = skin.weights[v * 4 + k]!;
        sum += weight;
        if (weight === 0) expect(skin.joints[v * 4 + k]).toBe(0);
        if (k > 0) expect(weight).toBeLessThanOrEqual(skin.weights[v * 4 + k - 1]!);
      }
      worst = Math.max(worst, Math.abs(sum - 1));
    }
    expect(worst).toBeLessThan(1e-6);
  });

  it('keeps the merged weight of twist bones and segments on one joint', () => {
    // A vertex weighted to upperarm01.L and upperarm02.L ends up fully on LeftArm.
    const names = ['upperarm01.L', 'upperarm02.L', 'lowerarm01.L'];
    const merged = remapSkin([0, 1, 2, 0, 1, 2, 0, 0], [0.3, 0.5, 0.2, 0, 0.6, 0.4, 0, 0], names);
    expect([...merged.joints.subarray(0, 4)]).toEqual([jointIndex('LeftArm'), jointIndex('LeftForeArm'), 0, 0]);
    expect(merged.weights[0]).toBeCloseTo(0.8, 6);
    expect(merged.weights[1]).toBeCloseTo(0.2, 6);
    expect(merged.weights[4]).toBeCloseTo(0.6, 6);
  });

  it('lands probe vertices on the right joints', () => {
    for (const side of ['Left', 'Right']) {
      const fingertip = nearestBodyVertex(skeleton.joints[jointIndex(`${side}HandMiddle4`)]!.head);
      expect(heaviestJoint(fingertip)).toMatch(new RegExp(`^${side}HandMiddle[23]$`));
      expect(heaviestJoint(nearestBodyVertex(midpoint(`${side}ForeArm`, `${side}Hand`)))).toBe(`${side}ForeArm`);
      expect(heaviestJoint(nearestBodyVertex(midpoint(`${side}Arm`, `${side}ForeArm`)))).toBe(`${side}Arm`);
      expect(heaviestJoint(nearestBodyVertex(midpoint(`${side}UpLeg`, `${side}Leg`)))).toBe(`${side}UpLeg`);
      expect(heaviestJoint(nearestBodyVertex(midpoint(`${side}Leg`, `${side}Foot`)))).toBe(`${side}Leg`);
      expect(heaviestJoint(nearestBodyVertex(skeleton.joints[jointIndex(`${side}Toe_End`)]!.head))).toBe(`${side}ToeBase`);
    }
    expect(heaviestJoint(nearestBodyVertex(skeleton.joints[jointIndex('HeadTop_End')]!.head))).toBe('Head');
  });

  it('moves each forearm vertex with its own side only', () => {
    for (let v = 0; v < BODY_VERTEX_COUNT; v++) {
      const joint = heaviestJoint(v);
      if (joint.startsWith('Left')) expect(reference[v * 3]).toBeGreaterThan(-0.005);
      if (joint.startsWith('Right')) expect(reference[v * 3]).toBeLessThan(0.005);
    }
  });
});
