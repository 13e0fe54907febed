/**
 * A small software rasteriser for thumbnails (Node has no GPU): triangles in pixel coordinates and a depth buffer
 * (larger z is nearer). Opaque triangles are shaded once per pixel, after visibility is known, from their corner
 * attributes interpolated at the pixel centre; translucent ones (lenses) are then blended over, writing no depth.
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

/** Writes a pixel's linear RGBA (straight alpha) at `out[at…at+3]` from its interpolated attributes. */
export type Shader = (attributes: readonly number[], out: Float32Array, at: number) => void;

/** Edge function: twice the signed area of (u, v, p); positive on one side of u→v. */
const edge = (u: Vec3, v: Vec3, px: number, py: number): number => (v[0] - u[0]) * (py - u[1]) - (v[1] - u[1]) * (px - u[0]);

/** Fill rule for centres exactly on an edge: of two triangles sharing it (traversing it in opposite directions), one owns it. */
const owns = (u: Vec3, v: Vec3): boolean => v[1] > u[1] || (v[1] === u[1] && v[0] < u[0]);

/** Visits the pixel centres a triangle covers (either winding) with its corners' barycentric weights. */
function coverage(corners: RasterTriangle['corners'], width: number, height: number, visit: (pixel: number, w0: number, w1: number, w2: number) => void): void {
  const area = edge(corners[0], corners[1], corners[2][0], corners[2][1]);
  if (Math.abs(area) < 1e-12) return;
  // Walk it counter-clockwise (positive area) so that the fill rule sees each shared edge once.
  const order = area > 0 ? [0, 1, 2] : [0, 2, 1];
  const [a, b, c] = order.map((i) => corners[i]!) as [Vec3, Vec3, Vec3];
  const inside = (e: number, u: Vec3, v: Vec3): boolean => e > 0 || (e === 0 && owns(u, v));
  const x0 = Math.max(0, Math.floor(Math.min(a[0], b[0], c[0])));
  const x1 = Math.min(width - 1, Math.ceil(Math.max(a[0], b[0], c[0])));
  const y0 = Math.max(0, Math.floor(Math.min(a[1], b[1], c[1])));
  const y1 = Math.min(height - 1, Math.ceil(Math.max(a[1], b[1], c[1])));
  const weights = [0, 0, 0];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const [px, py] = [x + 0.5, y + 0.5];
      const [ea, eb, ec] = [edge(b, c, px, py), edge(c, a, px, py), edge(a, b, px, py)];
      if (!inside(ea, b, c) || !inside(eb, c, a) || !inside(ec, a, b)) continue;
      [weights[order[0]!], weights[order[1]!], weights[order[2]!]] = [ea / Math.abs(area), eb / Math.abs(area), ec / Math.abs(area)];
      visit(y * width + x, weights[0]!, weights[1]!, weights[2]!);
    }
  }
}

function interpolate(triangle: RasterTriangle, w0: number, w1: number, w2: number, out: number[]): number[] {
  const [a, b, c] = triangle.attributes;
  for (let k = 0; k < a.length; k++) out[k] = w0 * a[k]! + w1 * b[k]! + w2 * c[k]!;
  return out;
}

export function rasterize(width: number, height: number, triangles: readonly RasterTriangle[], shade: Shader): Image {
  const rgba = new Float32Array(width * height * 4);
  const depth = new Float32Array(width * height).fill(-Infinity);
  const winner = new Int32Array(width * height).fill(-1);
  const weights = new Float32Array(width * height * 2);
  triangles.forEach((triangle, t) => {
    if (triangle.translucent) return;
    const z = triangle.corners.map((corner) => corner[2]);
    coverage(triangle.corners, width, height, (pixel, w0, w1, w2) => {
      const depthHere = w0 * z[0]! + w1 * z[1]! + w2 * z[2]!;
      if (depthHere <= depth[pixel]!) return;
      [depth[pixel], winner[pixel], weights[pixel * 2], weights[pixel * 2 + 1]] = [depthHere, t, w0, w1];
    });
  });
  const scratch: number[] = [];
  for (let pixel = 0; pixel < winner.length; pixel++) {
    const t = winner[pixel]!;
    if (t < 0) continue;
    const [w0, w1] = [weights[pixel * 2]!, weights[pixel * 2 + 1]!];
    shade(interpolate(triangles[t]!, w0, w1, 1 - w0 - w1, scratch), rgba, pixel * 4);
  }
  const colour = new Float32Array(4);
  for (const triangle of triangles.filter((t) => t.translucent)) {
    const z = triangle.corners.map((corner) => corner[2]);
    coverage(triangle.corners, width, height, (pixel, w0, w1, w2) => {
      if (w0 * z[0]! + w1 * z[1]! + w2 * z[2]! <= depth[pixel]!) return;
      shade(interpolate(triangle, w0, w1, w2, scratch), colour, 0);
      blendOver(rgba, pixel * 4, colour);
    });
  }
  return { width, height, rgba };
}

/** Source-over blending of a straight-alpha colour onto a straight-alpha pixel. */
function blendOver(rgba: Float32Array, at: number, colour: Float32Array): void {
  const [a, below] = [colour[3]!, rgba[at + 3]!];
  const alpha = a + below * (1 - a);
  if (alpha <= 0) return;
  for (let k = 0; k < 3; k++) rgba[at + k] = (colour[k]! * a + rgba[at + k]! * below * (1 - a)) / alpha;
  rgba[at + 3] = alpha;
}
