/**
 * A tiny software renderer for thumbnails of items whose package thumbnail is missing or unfit: the fitted mesh
 * seen from the front (orthographic), textured, alpha-tested, lit by one soft light, on a transparent background.
 */
import sharp from 'sharp';
import { computeSmoothNormals } from './skinnedGlb';
import { THUMBNAIL_MAX_SIZE, encodeWebp } from './textures';
import type { RgbaImage } from './wearablesAlpha';

/** Rendered at twice the thumbnail size, then downscaled: cheap anti-aliasing. */
const RENDER_SIZE = THUMBNAIL_MAX_SIZE * 2;
const MARGIN = 0.08;
/** Metres: no vertex this close to the middle plane means the mesh is a left/right pair. */
const PAIR_GAP = 0.01;
const LIGHT = normalise([0.3, 0.5, 1]);

interface Mesh {
  positions: Float32Array;
  uvs: Float32Array;
  indices: Uint32Array;
  sourceVertex: Uint32Array;
}

function normalise(v: number[]): [number, number, number] {
  const length = Math.hypot(v[0]!, v[1]!, v[2]!) || 1;
  return [v[0]! / length, v[1]! / length, v[2]! / length];
}

/** Screen transform: x right, y down, the x/y bounding box of the drawn triangles fitted in a square with a margin. */
function screenTransform(positions: Float32Array, indices: Uint32Array): (x: number, y: number) => [number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const v of indices) {
    minX = Math.min(minX, positions[v * 3]!);
    maxX = Math.max(maxX, positions[v * 3]!);
    minY = Math.min(minY, positions[v * 3 + 1]!);
    maxY = Math.max(maxY, positions[v * 3 + 1]!);
  }
  const scale = (RENDER_SIZE * (1 - 2 * MARGIN)) / Math.max(maxX - minX, maxY - minY, 1e-6);
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  return (x, y) => [RENDER_SIZE / 2 + (x - cx) * scale, RENDER_SIZE / 2 - (y - cy) * scale];
}

/** A pair (two sleeves, two brows) has no vertex near the middle: keep the character's left one, shown larger. */
function oneOfAPair(mesh: Mesh): Mesh {
  const xs = mesh.positions.filter((_, k) => k % 3 === 0);
  if (xs.some((x) => Math.abs(x) < PAIR_GAP)) return mesh;
  const kept: number[] = [];
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const corners = [mesh.indices[t]!, mesh.indices[t + 1]!, mesh.indices[t + 2]!];
    if (corners.every((v) => mesh.positions[v * 3]! > 0)) kept.push(...corners);
  }
  return { ...mesh, indices: Uint32Array.from(kept) };
}

/** Front view of `mesh` with `texture`, as a 128 px WebP with alpha. */
export async function renderThumbnail(whole: Mesh, texture: RgbaImage): Promise<Uint8Array> {
  const mesh = oneOfAPair(whole);
  const normals = computeSmoothNormals(mesh.positions, mesh.indices, mesh.sourceVertex);
  const toScreen = screenTransform(mesh.positions, mesh.indices);
  const screen = new Float32Array((mesh.positions.length / 3) * 2);
  for (let v = 0; v < mesh.positions.length / 3; v++) screen.set(toScreen(mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!), v * 2);
  const target = { rgba: new Uint8Array(RENDER_SIZE * RENDER_SIZE * 4), depth: new Float32Array(RENDER_SIZE * RENDER_SIZE).fill(-Infinity) };
  for (let t = 0; t < mesh.indices.length; t += 3) {
    drawTriangle([mesh.indices[t]!, mesh.indices[t + 1]!, mesh.indices[t + 2]!], { mesh, normals, screen, texture }, target);
  }
  const png = await sharp(Buffer.from(target.rgba), { raw: { width: RENDER_SIZE, height: RENDER_SIZE, channels: 4 } })
    .resize(THUMBNAIL_MAX_SIZE, THUMBNAIL_MAX_SIZE)
    .png()
    .toBuffer();
  return encodeWebp(png, 'alpha', THUMBNAIL_MAX_SIZE);
}

interface Scene {
  mesh: Mesh;
  normals: Float32Array;
  screen: Float32Array;
  texture: RgbaImage;
}

function drawTriangle(corners: [number, number, number], scene: Scene, target: { rgba: Uint8Array; depth: Float32Array }): void {
  const [a, b, c] = corners.map((v) => [scene.screen[v * 2]!, scene.screen[v * 2 + 1]!] as const) as [readonly [number, number], readonly [number, number], readonly [number, number]];
  const area = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  if (Math.abs(area) < 1e-9) return;
  const x0 = Math.max(0, Math.floor(Math.min(a[0], b[0], c[0])));
  const x1 = Math.min(RENDER_SIZE - 1, Math.ceil(Math.max(a[0], b[0], c[0])));
  const y0 = Math.max(0, Math.floor(Math.min(a[1], b[1], c[1])));
  const y1 = Math.min(RENDER_SIZE - 1, Math.ceil(Math.max(a[1], b[1], c[1])));
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const [px, py] = [x + 0.5, y + 0.5];
      const w0 = ((b[0] - px) * (c[1] - py) - (b[1] - py) * (c[0] - px)) / area;
      const w1 = ((c[0] - px) * (a[1] - py) - (c[1] - py) * (a[0] - px)) / area;
      const w2 = 1 - w0 - w1;
      if (w0 < 0 || w1 < 0 || w2 < 0) continue;
      shadePixel(y * RENDER_SIZE + x, corners, [w0, w1, w2], scene, target);
    }
  }
}

function shadePixel(
  pixel: number,
  corners: [number, number, number],
  weights: [number, number, number],
  scene: Scene,
  target: { rgba: Uint8Array; depth: Float32Array },
): void {
  const blend = (array: Float32Array, size: number, k: number): number =>
    corners.reduce((sum, v, i) => sum + array[v * size + k]! * weights[i]!, 0);
  const z = blend(scene.mesh.positions, 3, 2);
  if (z <= target.depth[pixel]!) return;
  const { texture } = scene;
  const u = Math.min(texture.width - 1, Math.max(0, Math.floor(blend(scene.mesh.uvs, 2, 0) * texture.width)));
  const v = Math.min(texture.height - 1, Math.max(0, Math.floor(blend(scene.mesh.uvs, 2, 1) * texture.height)));
  const texel = (v * texture.width + u) * 4;
  if (texture.data[texel + 3]! < 128) return; // Alpha test, like MASK.
  let normal = normalise([0, 1, 2].map((k) => blend(scene.normals, 3, k)));
  if (normal[2] < 0) normal = [-normal[0], -normal[1], -normal[2]]; // Both sides of open sheets face the camera.
  const light = 0.35 + 0.65 * Math.max(0, normal[0] * LIGHT[0] + normal[1] * LIGHT[1] + normal[2] * LIGHT[2]);
  target.depth[pixel] = z;
  for (let c = 0; c < 3; c++) target.rgba[pixel * 4 + c] = Math.round(texture.data[texel + c]! * light);
  target.rgba[pixel * 4 + 3] = 255;
}
