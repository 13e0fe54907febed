import { describe, expect, it } from 'vitest';
import { fitToBody } from './fitting';
import { hiddenVertexMask, visibleTriangles } from './hiddenBody';
import { VertexCloud } from './testGeometry';
import { EXTREME_SHAPES, loadCorePackForTests } from './testPack';

describe('hidden body', () => {
  it('masks exactly the listed inclusive ranges', () => {
    const mask = hiddenVertexMask(10, [[2, 3], [7, 7]]);
    expect(Array.from(mask)).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0, 0]);
  });

  it('clips ranges to the vertex count', () => {
    expect(Array.from(hiddenVertexMask(4, [[2, 99]]))).toEqual([0, 0, 1, 1]);
  });

  it('drops only triangles whose three vertices are hidden, through the MakeHuman vertex numbers', () => {
    // Mesh vertices 0..4 map to MakeHuman vertices 10..14 (a UV seam would repeat one).
    const mhVertex = Uint16Array.from([10, 11, 12, 13, 14]);
    const indices = Uint32Array.from([0, 1, 2, 1, 2, 3, 2, 3, 4]);
    const mask = hiddenVertexMask(20, [[11, 13]]);
    expect(Array.from(visibleTriangles(indices, mhVertex, mask))).toEqual([0, 1, 2, 2, 3, 4]);
  });
});

/** Outfits (a tight suit with 100 ranges, a suit, a dress) and shoes. */
const WEARABLES = ['female-sportsuit01', 'male-casualsuit01', 'f-dress-02', 'shoes05'];

describe('hidden body on the core pack', async () => {
  const pack = await loadCorePackForTests();
  const { indices, mhVertex } = pack.body.primitives[0]!;
  const bodyCount = pack.shape.bodyVertexCount;

  it('names only body vertices in every hidesBody range of the pack', () => {
    const bad = pack.manifest.assets.flatMap((asset) =>
      asset.hidesBody.filter(([first, last]) => !(first <= last && last < bodyCount)).map((range) => `${asset.id} ${range.join('-')}`),
    );
    expect(bad).toEqual([]);
  });

  for (const id of WEARABLES) {
    it(`${id}: hides the union of its ranges and exactly the triangles with three hidden corners`, () => {
      const ranges = pack.asset(id).hidesBody;
      const mask = hiddenVertexMask(pack.shape.vertexCount, ranges);
      const listed = new Set(ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i)));
      const masked = [...mask.keys()].filter((v) => mask[v] === 1);
      expect(masked).toEqual([...listed].sort((a, b) => a - b));

      const kept = visibleTriangles(indices, mhVertex!, mask);
      const hidden = (corner: number) => mask[mhVertex![corner]!] === 1;
      const triangle = (list: Uint32Array, t: number) => [list[t]!, list[t + 1]!, list[t + 2]!];
      const keptKeys = new Set<string>();
      const keptWithoutVisibleCorner: number[] = [];
      for (let t = 0; t < kept.length; t += 3) {
        keptKeys.add(triangle(kept, t).join());
        if (triangle(kept, t).every(hidden)) keptWithoutVisibleCorner.push(t / 3);
      }
      let removed = 0;
      const removedWithVisibleCorner: number[] = [];
      const bodyKeys = new Set<string>();
      for (let t = 0; t < indices.length; t += 3) {
        bodyKeys.add(triangle(indices, t).join());
        if (keptKeys.has(triangle(indices, t).join())) continue;
        removed += 1;
        if (!triangle(indices, t).every(hidden)) removedWithVisibleCorner.push(t / 3);
      }
      expect(keptWithoutVisibleCorner, 'kept triangles with all three corners hidden').toEqual([]);
      expect(removedWithVisibleCorner, 'removed triangles with a visible corner').toEqual([]);
      expect([...keptKeys].filter((key) => !bodyKeys.has(key)), 'kept triangles that are not body triangles').toEqual([]);
      expect(kept.length / 3 + removed).toBe(indices.length / 3);
      expect(removed).toBeGreaterThan(100);
    });

    it(`${id}: hides skin that lies under the item, on the reference and the tall heavy man`, async () => {
      const mask = hiddenVertexMask(pack.shape.vertexCount, pack.asset(id).hidesBody);
      for (const values of [{}, EXTREME_SHAPES['tall heavy man']!]) {
        const body = pack.shaped(values);
        const item = (await pack.item(id)).primitives.flatMap((p) => {
          const fitted = new Float32Array(p.positions.length);
          fitToBody(body, p.fitRefs!, p.fitWeights!, p.fitOffsets!, fitted);
          return Array.from(fitted);
        });
        const cloth = new VertexCloud(Float32Array.from(item), item.length / 3, 0.02);
        const gaps = [...mask.keys()].filter((v) => mask[v] === 1).map((v) => cloth.nearest(body[v * 3]!, body[v * 3 + 1]!, body[v * 3 + 2]!));
        gaps.sort((a, b) => a - b);
        // Hidden skin is typically 1-2 cm under the cloth's nearest vertex; under a skirt the legs can be 13 cm
        // from it. Ranges pointing at the wrong vertices would hide skin far from the item (tens of centimetres).
        expect(gaps[gaps.length >> 1], 'median gap to the item').toBeLessThan(0.025);
        expect(gaps.at(-1), 'largest gap to the item').toBeLessThan(0.15);
      }
    });
  }
});
