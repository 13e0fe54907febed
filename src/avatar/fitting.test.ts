import { describe, expect, it } from 'vitest';
import { fitToBody } from './fitting';
import { applyShape, clampShapeValues } from './shape';
import { loadCorePackForTests } from './testPack';

const EXTREMES = {
  heavy: { weight: 1, muscle: 1, height: 1, gender: 1 },
  slim: { weight: 0, muscle: 0, height: 0, gender: 0 },
};
const ITEMS = ['male-casualsuit01', 'female-sportsuit01', 'shoes05', 'long01', 'eyebrow002'];

describe('worn items follow the shaped body', async () => {
  const pack = await loadCorePackForTests();

  for (const [name, values] of Object.entries(EXTREMES)) {
    it(`keeps every garment vertex at its fitted place relative to the ${name} body`, async () => {
      const reference = new Float32Array(pack.shape.vertexCount * 3);
      const body = new Float32Array(pack.shape.vertexCount * 3);
      applyShape(pack.shape, {}, reference);
      applyShape(pack.shape, clampShapeValues(pack.shape, values), body);
      for (const id of ITEMS) {
        const { fitRefs, fitWeights, fitOffsets } = (await pack.item(id)).primitives[0]!;
        const before = new Float32Array(fitRefs!.length);
        const after = new Float32Array(fitRefs!.length);
        fitToBody(reference, fitRefs!, fitWeights!, fitOffsets!, before);
        fitToBody(body, fitRefs!, fitWeights!, fitOffsets!, after);
        for (let v = 0; v < fitRefs!.length / 3; v += 1) {
          const refs = [0, 1, 2].map((k) => fitRefs![v * 3 + k]!);
          // The vertex is its body triangle's weighted point plus a fixed offset, so its distance to the nearest
          // corner may change by at most Σ|w| × the largest relative move of two corners (triangle inequality):
          // the garment stays exactly where it was fitted on that patch of skin. 0.1 mm covers float32 rounding.
          const near = (points: Float32Array, shaped: Float32Array) => Math.min(...refs.map((r) => distance(points, v, shaped, r)));
          const move = (r: number) => [0, 1, 2].map((k) => body[r * 3 + k]! - reference[r * 3 + k]!);
          const pairs: [number, number][] = [[0, 1], [1, 2], [0, 2]];
          const relative = Math.max(...pairs.map(([a, b]) => Math.hypot(...move(refs[a]!).map((d, k) => d - move(refs[b]!)[k]!))));
          const spread = [0, 1, 2].reduce((sum, k) => sum + Math.abs(fitWeights![v * 3 + k]!), 0);
          const drift = Math.abs(near(after, body) - near(before, reference));
          expect(drift, `${id} vertex ${v} on the ${name} body`).toBeLessThanOrEqual(spread * relative + 0.0001);
        }
      }
    });
  }

  it('reproduces the baked positions at the reference shape (≤ 1 mm)', async () => {
    const body = new Float32Array(pack.shape.vertexCount * 3);
    applyShape(pack.shape, {}, body);
    for (const id of ITEMS) {
      const primitive = (await pack.item(id)).primitives[0]!;
      const fitted = new Float32Array(primitive.positions.length);
      fitToBody(body, primitive.fitRefs!, primitive.fitWeights!, primitive.fitOffsets!, fitted);
      const worst = fitted.reduce((max, value, i) => Math.max(max, Math.abs(value - primitive.positions[i]!)), 0);
      expect(worst, id).toBeLessThan(0.001);
    }
  });
});

function distance(a: Float32Array, av: number, b: Float32Array, bv: number): number {
  return Math.hypot(a[av * 3]! - b[bv * 3]!, a[av * 3 + 1]! - b[bv * 3 + 1]!, a[av * 3 + 2]! - b[bv * 3 + 2]!);
}
