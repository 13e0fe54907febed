/**
 * The standard skeleton's joints (RPM/Mixamo names and parents) and how each one relates to MakeHuman's default
 * rig: which MakeHuman bones merge into it (their skin weights are summed) and which rig points place it.
 */

type Side = 'Left' | 'Right';
const FINGERS = ['Thumb', 'Index', 'Middle', 'Ring', 'Pinky'] as const;

/** One joint: name, parent joint name, and the rig points (`<bone>____head|tail` keys) whose mean is its head. */
export interface JointSpec {
  name: string;
  parent: string | null;
  fitPoints: string[];
}

const suffix = (side: Side): string => (side === 'Left' ? '.L' : '.R');

function fingerSpecs(side: Side): JointSpec[] {
  const s = suffix(side);
  return FINGERS.flatMap((finger, f) => {
    const bone = (n: number): string => `finger${f + 1}-${n}${s}`;
    const name = (n: number): string => `${side}Hand${finger}${n}`;
    return [1, 2, 3, 4].map((n) => ({
      name: name(n),
      parent: n === 1 ? `${side}Hand` : name(n - 1),
      // Joint n sits at the head of MakeHuman's finger bone n; the end joint (4) at the last bone's tail.
      fitPoints: [n === 4 ? `${bone(3)}____tail` : `${bone(n)}____head`],
    }));
  });
}

function armSpecs(side: Side): JointSpec[] {
  const s = suffix(side);
  return [
    { name: `${side}Shoulder`, parent: 'Spine2', fitPoints: [`clavicle${s}____head`] },
    { name: `${side}Arm`, parent: `${side}Shoulder`, fitPoints: [`upperarm01${s}____head`] },
    { name: `${side}ForeArm`, parent: `${side}Arm`, fitPoints: [`lowerarm01${s}____head`] },
    { name: `${side}Hand`, parent: `${side}ForeArm`, fitPoints: [`wrist${s}____head`] },
    ...fingerSpecs(side),
  ];
}

function legSpecs(side: Side): JointSpec[] {
  const s = suffix(side);
  const toeHeads = [1, 2, 3, 4, 5].map((t) => `toe${t}-1${s}____head`);
  return [
    { name: `${side}UpLeg`, parent: 'Hips', fitPoints: [`upperleg01${s}____head`] },
    { name: `${side}Leg`, parent: `${side}UpLeg`, fitPoints: [`lowerleg01${s}____head`] },
    { name: `${side}Foot`, parent: `${side}Leg`, fitPoints: [`foot${s}____head`] },
    // The ball of the foot: the mean of the five toe roots.
    { name: `${side}ToeBase`, parent: `${side}Foot`, fitPoints: toeHeads },
    // The toe tip: between the big toe's and the second toe's tips.
    { name: `${side}Toe_End`, parent: `${side}ToeBase`, fitPoints: [`toe1-2${s}____tail`, `toe2-3${s}____tail`] },
  ];
}

/** All 67 joints in skin order (the order RPM avatars use). */
export const JOINT_SPECS: readonly JointSpec[] = [
  { name: 'Hips', parent: null, fitPoints: ['spine05____head'] },
  { name: 'Spine', parent: 'Hips', fitPoints: ['spine04____head'] },
  { name: 'Spine1', parent: 'Spine', fitPoints: ['spine02____head'] },
  { name: 'Spine2', parent: 'Spine1', fitPoints: ['spine01____head'] },
  { name: 'Neck', parent: 'Spine2', fitPoints: ['neck01____head'] },
  { name: 'Head', parent: 'Neck', fitPoints: ['head____head'] },
  { name: 'HeadTop_End', parent: 'Head', fitPoints: ['head____tail'] },
  { name: 'LeftEye', parent: 'Head', fitPoints: ['eye.L____head'] },
  { name: 'RightEye', parent: 'Head', fitPoints: ['eye.R____head'] },
  ...armSpecs('Left'),
  ...armSpecs('Right'),
  ...legSpecs('Left'),
  ...legSpecs('Right'),
];

/** Face and mouth bones of the default rig: all follow the head (RPM has no jaw joint). */
const FACE_BONE = /^(jaw|special0\d|oris0\d|levator0\d|temporalis0\d|risorius0\d|oculi0\d|orbicularis0\d|tongue0\d)/;
const FINGER_BONE = /^finger([1-5])-([1-3])$/;

/** Joint name for a side-less MakeHuman bone stem (`upperarm02`), or null when unknown. */
function limbJoint(stem: string, side: Side): string | null {
  const finger = FINGER_BONE.exec(stem);
  if (finger) return `${side}Hand${FINGERS[Number(finger[1]) - 1]}${finger[2]}`;
  const table: [RegExp, string][] = [
    [/^pelvis$/, 'Hips'],
    [/^breast$/, 'Spine2'],
    [/^eye$/, `${side}Eye`],
    [/^(clavicle|shoulder01)$/, `${side}Shoulder`],
    [/^upperarm0[12]$/, `${side}Arm`],
    [/^lowerarm0[12]$/, `${side}ForeArm`],
    [/^(wrist|metacarpal[1-4])$/, `${side}Hand`],
    [/^upperleg0[12]$/, `${side}UpLeg`],
    [/^lowerleg0[12]$/, `${side}Leg`],
    [/^(foot|metatarsal[1-5])$/, `${side}Foot`],
    [/^toe[1-5]-[1-3]$/, `${side}ToeBase`],
  ];
  return table.find(([pattern]) => pattern.test(stem))?.[1] ?? null;
}

const CENTRE_BONES: Record<string, string> = {
  root: 'Hips',
  spine05: 'Hips',
  spine04: 'Spine',
  spine03: 'Spine',
  spine02: 'Spine1',
  spine01: 'Spine2',
  neck01: 'Neck',
  neck02: 'Neck',
  neck03: 'Neck',
  head: 'Head',
};

/**
 * Our joint for a MakeHuman bone name (`____head` helper suffix allowed). Twist bones (`*02`) join their
 * segment; spine05 joins Hips; spine04+03 make Spine; breasts follow Spine2; face, jaw and tongue follow Head;
 * metacarpals are the palm (Hand); all toes are ToeBase. Throws on a bone the default rig does not have.
 */
export function jointForBone(boneName: string): string {
  const name = boneName.replace(/____head$/, '');
  const sided = /^(.*)\.([LR])$/.exec(name);
  const stem = sided ? sided[1]! : name;
  const joint = sided
    ? limbJoint(stem, sided[2] === 'L' ? 'Left' : 'Right') ?? (FACE_BONE.test(stem) ? 'Head' : null)
    : CENTRE_BONES[stem] ?? (FACE_BONE.test(stem) ? 'Head' : null);
  if (joint === null) throw new Error(`skeleton: no joint mapping for MakeHuman bone "${boneName}"`);
  return joint;
}
