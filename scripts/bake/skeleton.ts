/**
 * The standard 67-joint RPM/Mixamo skeleton fitted to the MakeHuman body, and MakeHuman skin weights remapped
 * onto it. Rest pose = MakeHuman's A-pose with every joint rotation identity (joints carry translations only),
 * so a joint's inverse bind matrix is a pure translation by minus its head.
 */
import { BASE_VERTEX_COUNT } from './legacyMesh';
import { JOINT_SPECS, jointForBone } from './skeletonMap';
import { isRecord, readSourceJson } from './source';

export { jointForBone } from './skeletonMap';

/** Our 67 joint names in skin order (index = joint index in every skinned GLB), as in RPM avatars. */
export const JOINT_NAMES: readonly string[] = JOINT_SPECS.map((spec) => spec.name);

/** Parent joint name of each joint (Hips: null; its parent node is `Armature`). */
export function parentJointName(name: string): string | null {
  const spec = JOINT_SPECS.find((candidate) => candidate.name === name);
  if (!spec) throw new Error(`skeleton: unknown joint "${name}"`);
  return spec.parent;
}

/** How a joint without fitVertices is placed. Not used by the default rig: every joint has fitVertices. */
export interface JointFitFrom {
  rule: string;
  vertices: number[];
}

/** One joint of our skeleton in the rest (A) pose. */
export interface Joint {
  name: string;
  /** Index of the parent joint, -1 for Hips (whose parent node is `Armature`). */
  parent: number;
  /** Rest head position in metres (reference body, Y-translated), world space. */
  head: [number, number, number];
  /** MakeHuman vertex numbers whose mean is the head (from the rig's `joints`, head or tail points). */
  fitVertices: number[];
  /** Placement rule for joints without fitVertices (never set with the default rig). */
  fitFrom?: JointFitFrom;
}

/** The fitted skeleton: joints in JOINT_NAMES order plus inverse bind matrices (column-major, 16 per joint). */
export interface Skeleton {
  joints: Joint[];
  inverseBindMatrices: Float32Array;
}

/** Skin data remapped to our joints: 4 influences per vertex, weights summing to 1, unused slots joint 0 weight 0. */
export interface RemappedSkin {
  joints: Uint16Array;
  weights: Float32Array;
}

export const RIG_PATH = 'src/json/rigs/default.json';

/** The default rig's `joints`: `<bone>____head|tail` -> MakeHuman vertex numbers whose mean is that point. */
export function loadRigPoints(): Record<string, number[]> {
  return readSourceJson<{ joints: Record<string, number[]> }>(RIG_PATH, checkRig).joints;
}

function checkRig(value: unknown): string | null {
  if (!isRecord(value) || !isRecord(value.joints)) return 'an object with "joints" (rig point -> vertex numbers)';
  const joints = value.joints as Record<string, unknown>;
  for (const point of JOINT_SPECS.flatMap((spec) => spec.fitPoints)) {
    const ids = joints[point];
    const valid = Array.isArray(ids) && ids.length > 0 && ids.every((id) => Number.isInteger(id) && id >= 0 && id < BASE_VERTEX_COUNT);
    if (!valid) return `"joints.${point}" as a non-empty list of vertex numbers below ${BASE_VERTEX_COUNT}`;
  }
  return null;
}

function meanOf(reference: Float32Array, vertices: number[]): [number, number, number] {
  const sum = [0, 0, 0];
  for (const v of vertices) for (let k = 0; k < 3; k++) sum[k]! += reference[v * 3 + k]!;
  return [sum[0]! / vertices.length, sum[1]! / vertices.length, sum[2]! / vertices.length];
}

/** Builds the skeleton from reference positions (19158*3 metres, translated). Rest rotations are identity. */
export function buildSkeleton(reference: Float32Array): Skeleton {
  if (reference.length !== BASE_VERTEX_COUNT * 3) throw new Error(`skeleton: expected ${BASE_VERTEX_COUNT} reference vertices`);
  const points = loadRigPoints();
  const joints = JOINT_SPECS.map((spec): Joint => {
    const fitVertices = spec.fitPoints.flatMap((point) => points[point]!);
    const parent = spec.parent === null ? -1 : JOINT_NAMES.indexOf(spec.parent);
    return { name: spec.name, parent, head: meanOf(reference, fitVertices), fitVertices };
  });
  return { joints, inverseBindMatrices: inverseBindMatrices(joints) };
}

/** Column-major inverse bind matrices: with identity rest rotations, a translation by -head. */
export function inverseBindMatrices(joints: readonly Joint[]): Float32Array {
  const out = new Float32Array(joints.length * 16);
  joints.forEach((joint, j) => {
    out.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -joint.head[0], -joint.head[1], -joint.head[2], 1], j * 16);
  });
  return out;
}

/** Joint index per entry of a legacy `bones` list (entries may be `<bone>____head` helpers). */
export function jointIndexPerBone(boneNames: readonly string[]): Int32Array {
  return Int32Array.from(boneNames, (name) => JOINT_NAMES.indexOf(jointForBone(name)));
}

/**
 * Maps MakeHuman skinning (indices into `boneNames`, which may include `____head` helper entries) onto our
 * joints: sums the weights of bones that merge into one joint, keeps the 4 largest, renormalises.
 */
export function remapSkin(
  skinIndices: ArrayLike<number>,
  skinWeights: ArrayLike<number>,
  boneNames: readonly string[],
  influencesPerVertex = 4,
): RemappedSkin {
  const vertexCount = Math.floor(skinIndices.length / influencesPerVertex);
  const jointOfBone = jointIndexPerBone(boneNames);
  const out: RemappedSkin = { joints: new Uint16Array(vertexCount * 4), weights: new Float32Array(vertexCount * 4) };
  for (let v = 0; v < vertexCount; v++) {
    const sums = new Map<number, number>();
    for (let k = 0; k < influencesPerVertex; k++) {
      const at = v * influencesPerVertex + k;
      const weight = skinWeights[at]!;
      if (weight <= 0) continue;
      const joint = jointOfBone[skinIndices[at]!];
      if (joint === undefined || joint < 0) throw new Error(`skin: vertex ${v} uses bone index ${skinIndices[at]} outside "bones"`);
      sums.set(joint, (sums.get(joint) ?? 0) + weight);
    }
    writeTopInfluences(sums, v, out);
  }
  return out;
}

/** Keeps the 4 heaviest joints (ties: lower joint index), renormalised so the float32 weights sum to 1. */
function writeTopInfluences(sums: Map<number, number>, vertex: number, out: RemappedSkin): void {
  const top = [...sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 4);
  if (top.length === 0) top.push([0, 1]); // Unweighted vertex: follow the hips.
  const total = top.reduce((sum, [, weight]) => sum + weight, 0);
  top.forEach(([joint, weight], k) => {
    out.joints[vertex * 4 + k] = joint;
    out.weights[vertex * 4 + k] = weight / total;
  });
  // Float32 rounding can leave the sum a few ulps off 1: give the remainder to the heaviest influence.
  let sum = 0;
  for (let k = 0; k < 4; k++) sum += out.weights[vertex * 4 + k]!;
  out.weights[vertex * 4]! += 1 - sum;
}
