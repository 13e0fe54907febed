import { describe, expect, it } from 'vitest';
import { rasterize, type RasterTriangle, type Shader } from './raster';
import type { Vec3 } from './vec';

/** Attributes are an RGBA colour; the shader passes them through. */
const passThrough: Shader = (attributes, out, at) => out.set(attributes.slice(0, 4), at);

function square(x0: number, y0: number, x1: number, y1: number, z: number, rgba: number[], translucent = false): RasterTriangle[] {
  const [a, b, c, d]: [Vec3, Vec3, Vec3, Vec3] = [[x0, y0, z], [x1, y0, z], [x1, y1, z], [x0, y1, z]];
  return [
    { corners: [a, b, c], attributes: [rgba, rgba, rgba], translucent },
    { corners: [a, c, d], attributes: [rgba, rgba, rgba], translucent },
  ];
}

function coveredPixels(rgba: Float32Array): number {
  let count = 0;
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i]! > 0) count++;
  return count;
}

describe('rasterize', () => {
  it('covers exactly the pixels whose centres lie in a square, once each, in either winding', () => {
    const image = rasterize(8, 8, square(2, 2, 6, 6, 0, [1, 0, 0, 1]), passThrough);
    expect(coveredPixels(image.rgba)).toBe(16);
    expect([...image.rgba.subarray((2 * 8 + 2) * 4, (2 * 8 + 2) * 4 + 4)]).toEqual([1, 0, 0, 1]);
    expect(image.rgba[(1 * 8 + 1) * 4 + 3]).toBe(0);
    const mirrored = square(6, 2, 2, 6, 0, [1, 0, 0, 1]);
    expect(coveredPixels(rasterize(8, 8, mirrored, passThrough).rgba)).toBe(16);
  });

  it('keeps the nearer surface whatever the drawing order', () => {
    const near = square(0, 0, 4, 4, 1, [0, 1, 0, 1]);
    const far = square(0, 0, 4, 4, -1, [0, 0, 1, 1]);
    for (const triangles of [[...near, ...far], [...far, ...near]]) {
      expect([...rasterize(4, 4, triangles, passThrough).rgba.subarray(0, 4)]).toEqual([0, 1, 0, 1]);
    }
  });

  it('interpolates attributes across a triangle (the shader sees barycentric blends)', () => {
    const triangle: RasterTriangle = { corners: [[0, 0, 0], [64, 0, 0], [0, 64, 0]], attributes: [[1, 0, 0, 1], [0, 1, 0, 1], [0, 0, 1, 1]] };
    const image = rasterize(64, 64, [triangle], passThrough);
    const pixel = (10 * 64 + 10) * 4;
    expect(image.rgba[pixel]! + image.rgba[pixel + 1]! + image.rgba[pixel + 2]!).toBeCloseTo(1, 5);
    expect(image.rgba[pixel + 1]).toBeCloseTo(10.5 / 64, 5);
  });

  it('blends translucent surfaces over what is behind them but not over what is in front', () => {
    const lens = square(0, 0, 2, 2, 0, [1, 1, 1, 0.5], true);
    const behind = rasterize(2, 2, [...lens, ...square(0, 0, 2, 2, -1, [0, 0, 0, 1])], passThrough);
    expect([...behind.rgba.subarray(0, 4)]).toEqual([0.5, 0.5, 0.5, 1]);
    const inFront = rasterize(2, 2, [...lens, ...square(0, 0, 2, 2, 1, [0, 0, 0, 1])], passThrough);
    expect([...inFront.rgba.subarray(0, 4)]).toEqual([0, 0, 0, 1]);
    expect([...rasterize(2, 2, lens, passThrough).rgba.subarray(0, 4)]).toEqual([1, 1, 1, 0.5]);
  });
});
