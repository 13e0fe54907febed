import { describe, expect, it } from 'vitest';
import { hiddenVertexMask, visibleTriangles } from './hiddenBody';

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
