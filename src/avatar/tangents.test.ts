import { describe, expect, it } from 'vitest';
import { computeTangents } from './tangents';

// A unit quad in the XY plane facing +Z, counter-clockwise, with glTF UVs (v down): u grows with x, v with -y.
const positions = Float32Array.from([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0]);
const normals = Float32Array.from([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1]);
const indices = Uint32Array.from([0, 1, 2, 0, 2, 3]);

describe('computeTangents', () => {
  it('points along +u with right-handed sign for a glTF-mapped quad', () => {
    const uvs = Float32Array.from([0, 1, 1, 1, 1, 0, 0, 0]);
    const tangents = computeTangents(positions, normals, uvs, indices);
    for (let i = 0; i < 4; i++) {
      expect([...tangents.subarray(i * 4, i * 4 + 3)].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([1, 0, 0]);
      // glTF normal maps are green-up: bitangent = cross(normal, tangent) * w points up the image (towards
      // decreasing v, here +y), so w = +1.
      expect(tangents[i * 4 + 3]).toBe(1);
    }
  });

  it('flips the sign for mirrored UVs and survives degenerate UVs', () => {
    const mirrored = computeTangents(positions, normals, Float32Array.from([0, 0, 1, 0, 1, 1, 0, 1]), indices);
    expect(mirrored[3]).toBe(-1);
    const degenerate = computeTangents(positions, normals, new Float32Array(8), indices);
    for (let i = 0; i < 4; i++) {
      const t = degenerate.subarray(i * 4, i * 4 + 3);
      expect(Math.hypot(t[0]!, t[1]!, t[2]!)).toBeCloseTo(1, 6);
      expect(t[2]).toBeCloseTo(0, 6);
    }
  });
});
