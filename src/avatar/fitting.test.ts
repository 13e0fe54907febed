import { describe, expect, it } from 'vitest';
import { fitToBody, weldKeysByPosition } from './fitting';
import { VertexCloud } from './testGeometry';
import { EXTREME_SHAPES, loadCorePackForTests } from './testPack';

/** Two outfits (one tight, one loose dress with weights up to ±10), shoes, two hairs, eyebrows. */
const ITEMS = ['male-casualsuit01', 'female-sportsuit01', 'f-dress-02', 'shoes05', 'long01', 'bob01', 'eyebrow002'];

/**
 * How far an extreme shape may stretch a garment's reference triangle (MakeHuman body or helper vertices).
 * Measured on the core pack: ref-triangle edges stretch at most 4.8× (tall heavy man), and no vertex gets further
 * than 3.5× its reference reach from its nearest corner. A corner that did not follow the body (a helper without
 * shape deltas, a wrong vertex number) would stretch its centimetre-sized triangle by the whole shape change:
 * tens of times.
 */
const MAX_STRETCH = 6;
/**
 * How much a garment vertex's distance to the nearest skin vertex may change: measured at most 7.6 cm (f-dress-02 on the
 * short slim woman: skirts and long hair hang from helper geometry, not from the legs), median at most 0.9 cm. A garment that did not follow the body would be off by the shape change itself (the tall man is
 * 86 cm taller than the reference body).
 */
const MAX_SKIN_GAP_CHANGE = 0.1;
const MEDIAN_SKIN_GAP_CHANGE = 0.015;

interface Fit {
  fitRefs: Uint16Array;
  fitWeights: Float32Array;
  fitOffsets: Float32Array;
}

/** How well one item's fitted vertices keep their place when the body goes from `reference` to `body`. */
function measureFit({ fitRefs, fitWeights, fitOffsets }: Fit, reference: Float32Array, body: Float32Array, skins: [VertexCloud, VertexCloud]) {
  const count = fitRefs.length / 3;
  const before = new Float32Array(count * 3);
  const after = new Float32Array(count * 3);
  fitToBody(reference, fitRefs, fitWeights, fitOffsets, before);
  fitToBody(body, fitRefs, fitWeights, fitOffsets, after);
  let offsetError = 0;
  let stretch = { ratio: 0, vertex: -1 };
  const skinGapChanges: number[] = [];
  for (let v = 0; v < count; v += 1) {
    const refs = [0, 1, 2].map((k) => fitRefs[v * 3 + k]!);
    const weights = [0, 1, 2].map((k) => fitWeights[v * 3 + k]!);
    const offset = Math.hypot(fitOffsets[v * 3]!, fitOffsets[v * 3 + 1]!, fitOffsets[v * 3 + 2]!);
    // 1. The fitted vertex is its weighted point Σ w·B[r] plus the constant offset: exactly |offset| away.
    const weighted = [0, 1, 2].map((k) => refs.reduce((sum, r, i) => sum + weights[i]! * body[r * 3 + k]!, 0));
    offsetError = Math.max(offsetError, Math.abs(Math.hypot(...[0, 1, 2].map((k) => after[v * 3 + k]! - weighted[k]!)) - offset));
    // 2. Its reference triangle moved with the body: Σ w·B[r] lies at most Σ_{j≠i} |w_j|·|B[r_j] − B[r_i]| from
    //    corner i (weights sum to 1 but reach past the triangle: up to ±10 on the dress), so the vertex stays within
    //    |offset| + that reach of its nearest corner. Bounding the reach by MAX_STRETCH × the reach on the
    //    reference triangle says: no corner left its neighbours behind. 1 µm covers float32 rounding.
    const nearest = Math.min(...refs.map((r) => distance(after, v, body, r)));
    const reach = Math.min(...[0, 1, 2].map((i) => [0, 1, 2].reduce((sum, j) => sum + Math.abs(weights[j]!) * distance(reference, refs[j]!, reference, refs[i]!), 0)));
    const ratio = (nearest - offset) / (MAX_STRETCH * reach + 1e-6);
    if (ratio > stretch.ratio) stretch = { ratio, vertex: v };
    // 3. It kept its place over the skin: the gap to the nearest body vertex barely changed.
    const gap = (points: Float32Array, skin: VertexCloud) => skin.nearest(points[v * 3]!, points[v * 3 + 1]!, points[v * 3 + 2]!);
    skinGapChanges.push(Math.abs(gap(after, skins[1]) - gap(before, skins[0])));
  }
  skinGapChanges.sort((x, y) => x - y);
  return { offsetError, stretch, largestSkinGapChange: skinGapChanges.at(-1)!, medianSkinGapChange: skinGapChanges[count >> 1]! };
}

describe('worn items follow the shaped body', async () => {
  const pack = await loadCorePackForTests();
  const reference = pack.shaped({});
  const bodyCount = pack.shape.bodyVertexCount;
  const referenceSkin = new VertexCloud(reference, bodyCount);

  for (const [name, values] of Object.entries(EXTREME_SHAPES)) {
    it(`keeps every garment vertex at its fitted place on the ${name}`, async () => {
      const body = pack.shaped(values);
      const skins: [VertexCloud, VertexCloud] = [referenceSkin, new VertexCloud(body, bodyCount)];
      for (const id of ITEMS) {
        const { fitRefs, fitWeights, fitOffsets } = (await pack.item(id)).primitives[0]!;
        if (!fitRefs || !fitWeights || !fitOffsets) throw new Error(`${id} has no fitting data`);
        const fit = measureFit({ fitRefs, fitWeights, fitOffsets }, reference, body, skins);
        expect(fit.offsetError, `${id}: |fitted − Σ w·B[r]| − |offset|`).toBeLessThan(1e-6);
        expect(fit.stretch.ratio, `${id} vertex ${fit.stretch.vertex}: distance to its nearest ref corner past |offset|, over the allowed reach`).toBeLessThanOrEqual(1);
        expect(fit.largestSkinGapChange, `${id}: largest change of its gap to the skin`).toBeLessThan(MAX_SKIN_GAP_CHANGE);
        expect(fit.medianSkinGapChange, `${id}: median change of its gap to the skin`).toBeLessThan(MEDIAN_SKIN_GAP_CHANGE);
      }
    });
  }

  it('reproduces every item GLB of the pack at the default shape (≤ 1 mm)', async () => {
    const wearables = pack.manifest.assets.filter((asset) => asset.glb);
    expect(wearables.length).toBeGreaterThan(70);
    for (const { id } of wearables) {
      for (const [i, primitive] of (await pack.item(id)).primitives.entries()) {
        const { fitRefs, fitWeights, fitOffsets, positions } = primitive;
        expect(fitRefs && fitWeights && fitOffsets, `${id}.${i} carries fitting data`).toBeTruthy();
        const fitted = new Float32Array(positions.length);
        fitToBody(reference, fitRefs!, fitWeights!, fitOffsets!, fitted);
        const worst = fitted.reduce((max, value, k) => Math.max(max, Math.abs(value - positions[k]!)), 0);
        expect(worst, `${id}.${i}`).toBeLessThan(0.001);
      }
    }
  });
});

function distance(a: Float32Array, av: number, b: Float32Array, bv: number): number {
  return Math.hypot(a[av * 3]! - b[bv * 3]!, a[av * 3 + 1]! - b[bv * 3 + 1]!, a[av * 3 + 2]! - b[bv * 3 + 2]!);
}

describe('weld keys', () => {
  it('gives vertices at the same position the key of the first of them, 0 and -0 alike', () => {
    const positions = new Float32Array([0, 1, 2, 3, 4, 5, -0, 1, 2, 3, 4, 5, 3, 4, 5.5, 0, 1, 2]);
    expect([...weldKeysByPosition(positions)]).toEqual([0, 1, 0, 1, 4, 0]);
  });

  it('keeps every distinct position of a real garment apart', async () => {
    const pack = await loadCorePackForTests();
    const positions = (await pack.item('male-casualsuit01')).primitives[0]!.positions;
    const keys = weldKeysByPosition(positions);
    const distinct = new Set<string>();
    for (let v = 0; v < keys.length; v += 1) distinct.add(`${positions[v * 3]},${positions[v * 3 + 1]},${positions[v * 3 + 2]}`);
    expect(new Set(keys).size).toBe(distinct.size);
    keys.forEach((key, v) => expect([positions[key * 3], positions[key * 3 + 1], positions[key * 3 + 2]]).toEqual([positions[v * 3], positions[v * 3 + 1], positions[v * 3 + 2]]));
  });
});
