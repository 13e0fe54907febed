/**
 * A small software rasteriser for thumbnails (Node has no GPU): triangles in pixel coordinates, a depth buffer
 * (larger z is nearer), per-vertex attributes interpolated to each covered pixel centre and shaded there.
 * Translucent triangles (lenses) are drawn after the opaque ones, blended over them, without writing depth.
 */
import type { Vec3 } from './vec';

export interface RasterTriangle {
  /** x, y in pixels (y down), z depth: nearer is larger. */
  corners: [Vec3, Vec3, Vec3];
  /** Attributes per corner (same length), interpolated across the triangle. */
  attributes: [number[], number[], number[]];
  /** Blend by the shaded alpha instead of replacing. */
  translucent?: boolean;
}

export interface Image {
  width: number;
  height: number;
  /** Linear RGBA, 0..1; alpha 0 where nothing was drawn. */
  rgba: Float32Array;
}

/** Linear RGBA of a pixel from its interpolated attributes. */
export type Shader = (attributes: number[]) => [number, number, number, number];

export function rasterize(width: number, height: number, triangles: readonly RasterTriangle[], shade: Shader): Image {
  const rgba = new Float32Array(width * height * 4);
  const depth = new Float32Array(width * height).fill(-Infinity);
  const ordered = [...triangles.filter((t) => !t.translucent), ...triangles.filter((t) => t.translucent)];
  for (const triangle of ordered) drawTriangle(triangle, { width, height, rgba }, depth, shade);
  return { width, height, rgba };
}

const edge = (a: Vec3, b: Vec3, x: number, y: number): number => (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);

function drawTriangle({ corners, attributes, translucent }: RasterTriangle, image: Image, depth: Float32Array, shade: Shader): void {
  const [a, b, c] = corners;
  const area = edge(a, b, c[0], c[1]);
  if (Math.abs(area) < 1e-12) return;
  const scratch = new Array<number>(attributes[0].length);
  const xs = [a[0], b[0], c[0]];
  const ys = [a[1], b[1], c[1]];
  const [x0, x1] = [Math.max(0, Math.floor(Math.min(...xs))), Math.min(image.width - 1, Math.ceil(Math.max(...xs)))];
  const [y0, y1] = [Math.max(0, Math.floor(Math.min(...ys))), Math.min(image.height - 1, Math.ceil(Math.max(...ys)))];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      // Barycentric weights at the pixel centre; inside when all three share the triangle's orientation.
      const [px, py] = [x + 0.5, y + 0.5];
      const w = [edge(b, c, px, py) / area, edge(c, a, px, py) / area, edge(a, b, px, py) / area] as const;
      if (w[0] < 0 || w[1] < 0 || w[2] < 0) continue;
      const z = w[0] * a[2] + w[1] * b[2] + w[2] * c[2];
      const pixel = y * image.width + x;
      if (z <= depth[pixel]!) continue;
      for (let k = 0; k < scratch.length; k++) scratch[k] = w[0] * attributes[0][k]! + w[1] * attributes[1][k]! + w[2] * attributes[2][k]!;
      if (translucent) blendOver(image.rgba, pixel * 4, shade(scratch));
      else {
        depth[pixel] = z;
        image.rgba.set(shade(scratch), pixel * 4);
      }
    }
  }
}

/** Source-over blending of a straight-alpha colour onto a straight-alpha pixel. */
function blendOver(rgba: Float32Array, at: number, [r, g, b, a]: [number, number, number, number]): void {
  const below = rgba[at + 3]!;
  const alpha = a + below * (1 - a);
  if (alpha <= 0) return;
  [r, g, b].forEach((c, k) => (rgba[at + k] = (c * a + rgba[at + k]! * below * (1 - a)) / alpha));
  rgba[at + 3] = alpha;
}
