import type { JointData } from './assetData';

/**
 * Joint heads (metres, avatar space, 3 per joint) for a shaped body: the mean of each joint's fit vertices;
 * a joint without fit vertices keeps its rest offset from its parent. Joints come parents-first.
 */
export function fitJointHeads(joints: readonly JointData[], body: Float32Array, out: Float32Array): void {
  joints.forEach((joint, j) => {
    if (joint.fitVertices && joint.fitVertices.length > 0) {
      meanInto(body, joint.fitVertices, out, j * 3);
      return;
    }
    const p = joint.parent * 3;
    for (let k = 0; k < 3; k += 1) out[j * 3 + k] = (joint.parent >= 0 ? out[p + k]! : 0) + joint.translation[k]!;
  });
}

function meanInto(body: Float32Array, vertices: readonly number[], out: Float32Array, at: number): void {
  let x = 0, y = 0, z = 0;
  for (const v of vertices) {
    x += body[v * 3]!;
    y += body[v * 3 + 1]!;
    z += body[v * 3 + 2]!;
  }
  out[at] = x / vertices.length;
  out[at + 1] = y / vertices.length;
  out[at + 2] = z / vertices.length;
}
