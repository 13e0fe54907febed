import { describe, expect, it } from 'vitest';
import { applyShape, clampShapeValues } from './shape';
import { fitJointHeads } from './skeletonFit';
import { loadCorePackForTests } from './testPack';

const SHAPES = { reference: {}, heavy: { weight: 1, muscle: 1, height: 1, gender: 1 }, slim: { weight: 0, muscle: 0, height: 0, gender: 0 } };
/**
 * End joints mark tips (head top, finger and toe ends): they sit on the surface, not inside. The eye joints sit
 * in the eye sockets, which are openings in the body mesh (the eyeballs are separate): checked apart.
 */
const NOT_ENCLOSED = /(_End|4|Eye)$/;
const DIRECTIONS: [number, number, number][] = [[1, 0.013, 0.007], [-1, 0.011, -0.009], [0.008, 0.012, 1], [-0.006, 0.014, -1]];

/** Möller–Trumbore: does the ray from `o` along `d` cross triangle (a, b, c) in front of `o`? */
function crosses(o: number[], d: number[], a: number[], b: number[], c: number[]): boolean {
  const e1 = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
  const e2 = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
  const p = [d[1]! * e2[2]! - d[2]! * e2[1]!, d[2]! * e2[0]! - d[0]! * e2[2]!, d[0]! * e2[1]! - d[1]! * e2[0]!];
  const det = e1[0]! * p[0]! + e1[1]! * p[1]! + e1[2]! * p[2]!;
  if (Math.abs(det) < 1e-12) return false;
  const t = [o[0]! - a[0]!, o[1]! - a[1]!, o[2]! - a[2]!];
  const u = (t[0]! * p[0]! + t[1]! * p[1]! + t[2]! * p[2]!) / det;
  if (u < 0 || u > 1) return false;
  const q = [t[1]! * e1[2]! - t[2]! * e1[1]!, t[2]! * e1[0]! - t[0]! * e1[2]!, t[0]! * e1[1]! - t[1]! * e1[0]!];
  const v = (d[0]! * q[0]! + d[1]! * q[1]! + d[2]! * q[2]!) / det;
  if (v < 0 || u + v > 1) return false;
  return (e2[0]! * q[0]! + e2[1]! * q[1]! + e2[2]! * q[2]!) / det > 0;
}

describe('the refitted skeleton', async () => {
  const pack = await loadCorePackForTests();
  const { indices, mhVertex } = pack.body.primitives[0]!;

  for (const [name, values] of Object.entries(SHAPES)) {
    it(`keeps every inner joint inside the ${name} body`, () => {
      const body = new Float32Array(pack.shape.vertexCount * 3);
      applyShape(pack.shape, clampShapeValues(pack.shape, values), body);
      const heads = new Float32Array(pack.body.joints.length * 3);
      fitJointHeads(pack.body.joints, body, heads);
      const corner = (i: number) => [0, 1, 2].map((k) => body[mhVertex![indices[i]!]! * 3 + k]!);
      const outside = pack.body.joints.filter((joint, j) => {
        if (NOT_ENCLOSED.test(joint.name)) return false;
        const origin = [heads[j * 3]!, heads[j * 3 + 1]!, heads[j * 3 + 2]!];
        // Inside a closed-enough surface, a ray crosses it an odd number of times; the body has openings
        // (eye sockets, mouth), so a joint counts as inside when most of four rays say so.
        const oddRays = DIRECTIONS.filter((d) => {
          let hits = 0;
          for (let t = 0; t < indices.length; t += 3) if (crosses(origin, d, corner(t), corner(t + 1), corner(t + 2))) hits += 1;
          return hits % 2 === 1;
        }).length;
        return oddRays < 3;
      });
      expect(outside.map((joint) => joint.name)).toEqual([]);
      const at = (name: string) => pack.body.joints.findIndex((joint) => joint.name === name) * 3;
      for (const eye of ['LeftEye', 'RightEye']) {
        const [e, head, top] = [at(eye), at('Head'), at('HeadTop_End')];
        expect(heads[e + 1]!).toBeGreaterThan(heads[head + 1]!);
        expect(heads[e + 1]!).toBeLessThan(heads[top + 1]!);
        expect(Math.abs(heads[e]!)).toBeLessThan(0.05);
        expect(heads[e + 2]!).toBeGreaterThan(heads[head + 2]!);
      }
    });
  }
});
