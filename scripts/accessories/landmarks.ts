/**
 * Named places on the reference body that accessories are fitted to, measured from its joints and vertices.
 * Left is the avatar's left (+X); right-side places are their mirror images (the body is symmetric).
 */
import { jointAt, type ReferenceBody } from './body';
import { centroid, cross, dot, normalize, scale, sub, type Vec3 } from './vec';

export interface Ear {
  /** Centre of the ear's vertices. */
  centre: Vec3;
  /** The lowest ear vertex (where a stud or hoop goes). */
  lobe: Vec3;
  /** Top and outermost extent of the ear. */
  top: number;
  outerX: number;
  /** Front and back of the ear (z). */
  front: number;
  back: number;
}

export interface Landmarks {
  leftEye: Vec3;
  rightEye: Vec3;
  /** A point inside the head, level with the eyes, under the top of the skull. */
  headCentre: Vec3;
  headTop: Vec3;
  leftEar: Ear;
  neck: Vec3;
  chest: Vec3;
  /** The left wrist: the hand joint, the forearm's direction towards it, and the back of the hand's side. */
  wrist: { joint: Vec3; axis: Vec3; back: Vec3 };
}

export function measureLandmarks(body: ReferenceBody): Landmarks {
  const [leftEye, headTop] = [jointAt(body, 'LeftEye'), jointAt(body, 'HeadTop_End')];
  const headCentre: Vec3 = [0, leftEye[1], headTop[2]];
  const hand = jointAt(body, 'LeftHand');
  const axis = normalize(sub(hand, jointAt(body, 'LeftForeArm')));
  // The knuckles (index and little finger) span the back of the hand; their normal, square to the forearm.
  const knuckles = cross(sub(jointAt(body, 'LeftHandIndex1'), hand), sub(jointAt(body, 'LeftHandPinky1'), hand));
  const back = normalize(sub(knuckles, scale(axis, dot(knuckles, axis))));
  return {
    leftEye,
    rightEye: jointAt(body, 'RightEye'),
    headCentre,
    headTop,
    leftEar: measureLeftEar(body, headCentre),
    neck: jointAt(body, 'Neck'),
    chest: jointAt(body, 'Spine2'),
    wrist: { joint: hand, axis, back },
  };
}

/**
 * The ear sticks out of the side of the head: among vertices on the left side of the head near eye level, those
 * within 1 cm of the outermost one.
 */
function measureLeftEar(body: ReferenceBody, headCentre: Vec3): Ear {
  const side: Vec3[] = [];
  for (let i = 0; i < body.positions.length / 3; i++) {
    const v: Vec3 = [body.positions[i * 3]!, body.positions[i * 3 + 1]!, body.positions[i * 3 + 2]!];
    if (v[0] > 0 && Math.abs(v[1] - headCentre[1]) < 0.05 && Math.abs(v[2] - headCentre[2]) < 0.05) side.push(v);
  }
  const outerX = Math.max(...side.map((v) => v[0]));
  const ear = side.filter((v) => v[0] > outerX - 0.01);
  const lobe = ear.reduce((lowest, v) => (v[1] < lowest[1] ? v : lowest));
  return {
    centre: centroid(ear),
    lobe,
    top: Math.max(...ear.map((v) => v[1])),
    outerX,
    front: Math.max(...ear.map((v) => v[2])),
    back: Math.min(...ear.map((v) => v[2])),
  };
}
