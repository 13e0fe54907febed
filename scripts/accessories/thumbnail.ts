/**
 * Item thumbnails: the model drawn by `raster.ts` in an orthographic three-quarter view, Lambert plus a soft
 * highlight from two lights, in its palette colours on a transparent background, supersampled and then
 * downscaled with sharp into a square WebP.
 */
import sharp from 'sharp';
import { hexToSrgb, srgbToLinear } from '../../src/core/colour';
import type { Model } from './model';
import { rasterize, type Image, type RasterTriangle } from './raster';
import { add, normalize, rotateAbout, type Vec3 } from './vec';

export interface View {
  /** Turn about Y (radians; positive shows more of the avatar's left side). */
  yaw: number;
  /** Tilt towards the viewer (radians; positive looks down on the item). */
  pitch: number;
}

export const THREE_QUARTER: View = { yaw: 0.6, pitch: 0.3 };
export const THUMBNAIL_PIXELS = 256;
const SUPERSAMPLE = 2;
const MARGIN = 0.06;
const LIGHTS: readonly { direction: Vec3; strength: number }[] = [
  { direction: normalize([-0.5, 0.7, 0.6]), strength: 0.85 },
  { direction: normalize([0.7, 0.1, 0.4]), strength: 0.3 },
];

/** Puts the model in view space (x right, y up, z towards the viewer). */
function toView(view: View): (v: Vec3) => Vec3 {
  return (v) => rotateAbout(rotateAbout(v, [0, 1, 0], -view.yaw), [1, 0, 0], view.pitch);
}

/** The model's triangles in pixels, fitted into the square image; attributes: normal, colour, finish. */
function viewTriangles(model: Model, colours: readonly string[], view: View, pixels: number): RasterTriangle[] {
  const rotate = toView(view);
  const triangles: { corners: Vec3[]; attributes: number[][]; translucent: boolean }[] = [];
  for (const { surface, colour, finish } of model.parts) {
    const base = hexToSrgb(colours[colour] ?? '#ffffff').map(srgbToLinear);
    const triple = (values: number[], i: number): Vec3 => [values[i * 3]!, values[i * 3 + 1]!, values[i * 3 + 2]!];
    const positions = Array.from({ length: surface.positions.length / 3 }, (_, i) => rotate(triple(surface.positions, i)));
    const attributes = positions.map((_, i) => [...rotate(triple(surface.normals, i)), ...base, finish.metallic, finish.roughness, finish.opacity ?? 1]);
    for (let t = 0; t < surface.indices.length; t += 3) {
      const corners = [0, 1, 2].map((k) => surface.indices[t + k]!);
      triangles.push({ corners: corners.map((i) => positions[i]!), attributes: corners.map((i) => attributes[i]!), translucent: (finish.opacity ?? 1) < 1 });
    }
  }
  const [min, max] = [[Infinity, Infinity], [-Infinity, -Infinity]];
  for (const p of triangles.flatMap((triangle) => triangle.corners)) {
    for (const k of [0, 1]) [min[k], max[k]] = [Math.min(min[k]!, p[k]!), Math.max(max[k]!, p[k]!)];
  }
  const fit = (pixels * (1 - 2 * MARGIN)) / Math.max(max[0]! - min[0]!, max[1]! - min[1]!, 1e-9);
  const centre = [0, 1].map((k) => (min[k]! + max[k]!) / 2);
  const toPixels = ([x, y, z]: Vec3): Vec3 => [pixels / 2 + (x - centre[0]!) * fit, pixels / 2 - (y - centre[1]!) * fit, z];
  return triangles.map(({ corners, attributes, translucent }) => ({
    corners: corners.map(toPixels) as RasterTriangle['corners'],
    attributes: attributes as RasterTriangle['attributes'],
    translucent,
  }));
}

const HALFWAY = normalize(add(LIGHTS[0]!.direction, [0, 0, 1]));

/** Soft two-light shading; metals keep little diffuse light and tint their highlight. Scalar maths: it runs per pixel. */
function shadePixel(attributes: readonly number[], out: Float32Array, at: number): void {
  const [nx, ny, nz, r, g, b, metallic, roughness, opacity] = attributes as [number, number, number, number, number, number, number, number, number];
  // A back face (seen through a lens) is lit from its visible side.
  const flip = (nz < 0 ? -1 : 1) / (Math.hypot(nx, ny, nz) || 1);
  const [x, y, z] = [nx * flip, ny * flip, nz * flip];
  let diffuse = 0.25 + 0.1 * y;
  for (const { direction: d, strength } of LIGHTS) diffuse += strength * Math.max(0, x * d[0] + y * d[1] + z * d[2]);
  const facing = Math.max(0, x * HALFWAY[0] + y * HALFWAY[1] + z * HALFWAY[2]);
  const highlight = facing ** (4 + 100 * (1 - roughness) ** 2) * 0.8 * (1 - roughness) ** 2;
  const lit = diffuse * (1 - 0.6 * metallic);
  out[at] = r * lit + highlight * (metallic > 0 ? r + 0.2 : 1);
  out[at + 1] = g * lit + highlight * (metallic > 0 ? g + 0.2 : 1);
  out[at + 2] = b * lit + highlight * (metallic > 0 ? b + 0.2 : 1);
  out[at + 3] = opacity;
}

/** Linear → sRGB 8-bit, tabulated (4096 steps is finer than 8-bit output). */
const SRGB_TABLE = Uint8Array.from({ length: 4097 }, (_, i) => {
  const c = i / 4096;
  return Math.round((c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055) * 255);
});

/** sRGB 8-bit RGBA bytes of a linear image (alpha stays linear). */
function toSrgbBytes(image: Image): Buffer {
  const bytes = Buffer.alloc(image.width * image.height * 4);
  for (let i = 0; i < image.rgba.length; i++) {
    const value = Math.min(1, Math.max(0, image.rgba[i]!));
    bytes[i] = i % 4 === 3 ? Math.round(value * 255) : SRGB_TABLE[Math.round(value * 4096)]!;
  }
  return bytes;
}

export async function renderThumbnail(model: Model, colours: readonly string[], view: View = THREE_QUARTER): Promise<Uint8Array> {
  const large = THUMBNAIL_PIXELS * SUPERSAMPLE;
  const image = rasterize(large, large, viewTriangles(model, colours, view, large), shadePixel);
  const raw = sharp(toSrgbBytes(image), { raw: { width: large, height: large, channels: 4 } });
  const small = raw.resize(THUMBNAIL_PIXELS, THUMBNAIL_PIXELS, { kernel: 'lanczos3' }).webp({ quality: 90, alphaQuality: 100, effort: 4 });
  return new Uint8Array(await small.toBuffer());
}
