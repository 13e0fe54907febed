import { describe, expect, it } from 'vitest';
import { fitJointHeads } from './skeletonFit';
import { mhTriangles, Surface, type Axis, type Point } from './testGeometry';
import { EXTREME_SHAPES, loadCorePackForTests } from './testPack';

const SHAPES = { 'reference body': {}, ...EXTREME_SHAPES };

/**
 * What "inside" means, from the MakeHuman body mesh (0..13379, closed apart from the eye sockets; the mouth and
 * throat are an inner surface, a cavity open to the outside through the lips):
 * - an inner joint is enclosed: most axis rays (±X, ±Y, ±Z) cross the surface an odd number of times;
 *   or it lies in a cavity: the surface is on both sides along all three axes (old bodies: MakeHuman's old-age
 *   targets move the Head joint forward into the throat, up to 9 mm); or it lies at most SKIN_DEPTH outside
 *   (the Spine joint of a short slim man sits in the groove along the spine, 0.9 mm behind the skin; over every
 *   macro extreme it reaches 3 mm; finger bases touch the web between the fingers by 0.2 mm);
 * - an end joint (head top, finger and toe tips) marks where the surface ends: it is enclosed or at most END_REACH
 *   outside (measured: head top 7.8 mm, toe tips 7.3 mm, finger tips 2.1 mm);
 * - an eye joint sits in its socket, which opens to the front: the surface is on both sides along X and Y, and
 *   the skin (eyelids, brow) within EYE_REACH (measured 16.5 mm).
 */
const END = /(_End|Thumb4|Index4|Middle4|Ring4|Pinky4)$/;
const EYE = /Eye$/;
const SKIN_DEPTH = 0.003;
const END_REACH = 0.01;
const EYE_REACH = 0.025;

describe('the refitted skeleton', async () => {
  const pack = await loadCorePackForTests();
  const { indices, mhVertex } = pack.body.primitives[0]!;
  const triangles = mhTriangles(indices, mhVertex!);
  const { joints } = pack.body;

  it('puts every joint back on the GLB rest skeleton at the default shape (≤ 0.1 mm)', () => {
    const heads = new Float32Array(joints.length * 3);
    fitJointHeads(joints, pack.shaped({}), heads);
    const worst = joints.reduce((max, joint, j) => Math.max(max, ...joint.head.map((c, k) => Math.abs(c - heads[j * 3 + k]!))), 0);
    expect(worst).toBeLessThan(0.0001);
  });

  for (const [name, values] of Object.entries(SHAPES)) {
    it(`keeps every joint inside the ${name}`, () => {
      const body = pack.shaped(values);
      const heads = new Float32Array(joints.length * 3);
      fitJointHeads(joints, body, heads);
      const surface = new Surface(body, triangles);
      const problems = joints.flatMap((joint, j) => {
        const at: Point = [heads[j * 3]!, heads[j * 3 + 1]!, heads[j * 3 + 2]!];
        const rays = ([0, 1, 2] as Axis[]).map((axis) => [surface.crossings(at, axis, 1), surface.crossings(at, axis, -1)] as const);
        const enclosed = rays.flat().filter((hits) => hits % 2 === 1).length >= 5;
        const bounded = rays.map(([ahead, behind]) => ahead > 0 && behind > 0);
        const gap = enclosed ? 0 : surface.distance(at, 0.05);
        const where = `${joint.name} (rays ${rays.map((r) => r.join('/')).join(' ')}, ${(gap * 1000).toFixed(1)} mm from the skin)`;
        if (EYE.test(joint.name)) return bounded[0] && bounded[1] && gap <= EYE_REACH ? [] : [`${where} is not in its eye socket`];
        if (END.test(joint.name)) return gap <= END_REACH ? [] : [`end joint ${where} is off the body`];
        return enclosed || bounded.every(Boolean) || gap <= SKIN_DEPTH ? [] : [`${where} is outside the body`];
      });
      expect(problems).toEqual([]);
    });
  }
});
