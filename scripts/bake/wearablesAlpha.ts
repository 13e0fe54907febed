/**
 * How a wearable's diffuse alpha is used on the mesh, measured only where the UVs land (the unused parts of a
 * texture are often transparent and say nothing): the basis of the OPAQUE / MASK / BLEND choice.
 */

/** An RGBA image as raw pixels. */
export interface RgbaImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Alpha statistics over the texels the mesh uses. */
export interface AlphaUse {
  /** Texels covered by at least one UV triangle. */
  covered: number;
  /** Share of covered texels with alpha < 250 (not fully opaque). */
  notOpaque: number;
  /** Share of covered texels with 8 <= alpha < 248 (soft, semi-transparent). */
  soft: number;
  /** Share of the visible covered texels (alpha >= 8) that are soft: high for painted brows and sheer cloth. */
  softOfVisible: number;
}

/** Marks the texels covered by the UV triangles (glTF UVs: origin top-left). */
export function uvCoverage(uvs: Float32Array, indices: Uint32Array, width: number, height: number): Uint8Array {
  const mask = new Uint8Array(width * height);
  for (let t = 0; t < indices.length; t += 3) {
    const corners = [0, 1, 2].map((k) => {
      const v = indices[t + k]!;
      return [uvs[v * 2]! * width - 0.5, uvs[v * 2 + 1]! * height - 0.5] as const;
    });
    rasterizeTriangle(corners[0]!, corners[1]!, corners[2]!, width, height, mask);
  }
  return mask;
}

type Point = readonly [number, number];

function rasterizeTriangle(a: Point, b: Point, c: Point, width: number, height: number, mask: Uint8Array): void {
  const area = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  const x0 = Math.max(0, Math.floor(Math.min(a[0], b[0], c[0])));
  const x1 = Math.min(width - 1, Math.ceil(Math.max(a[0], b[0], c[0])));
  const y0 = Math.max(0, Math.floor(Math.min(a[1], b[1], c[1])));
  const y1 = Math.min(height - 1, Math.ceil(Math.max(a[1], b[1], c[1])));
  if (Math.abs(area) < 1e-12) return;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const w0 = ((b[0] - x) * (c[1] - y) - (b[1] - y) * (c[0] - x)) / area;
      const w1 = ((c[0] - x) * (a[1] - y) - (c[1] - y) * (a[0] - x)) / area;
      if (w0 >= -1e-6 && w1 >= -1e-6 && w0 + w1 <= 1 + 1e-6) mask[y * width + x] = 1;
    }
  }
}

/** Alpha statistics of `image` over `coverage` (same size). */
export function measureAlphaUse(image: RgbaImage, coverage: Uint8Array): AlphaUse {
  let covered = 0;
  let notOpaque = 0;
  let soft = 0;
  let visible = 0;
  for (let i = 0; i < coverage.length; i++) {
    if (!coverage[i]) continue;
    const alpha = image.data[i * 4 + 3]!;
    covered++;
    if (alpha < 250) notOpaque++;
    if (alpha >= 8) visible++;
    if (alpha >= 8 && alpha < 248) soft++;
  }
  const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  return { covered, notOpaque: share(notOpaque, covered), soft: share(soft, covered), softOfVisible: share(soft, visible) };
}

/** Mean colour of the covered texels, averaged in linear light, as an sRGB hex (for swatches). */
export function meanColourHex(image: RgbaImage, coverage?: Uint8Array): string {
  const sum = [0, 0, 0];
  let count = 0;
  for (let i = 0; i < image.width * image.height; i++) {
    if (coverage && !coverage[i]) continue;
    if (image.data[i * 4 + 3]! < 128) continue;
    for (let c = 0; c < 3; c++) sum[c]! += srgbToLinear(image.data[i * 4 + c]! / 255);
    count++;
  }
  return linearToHex(sum.map((s) => (count ? s / count : 0)) as [number, number, number]);
}

export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function linearToHex(rgb: readonly [number, number, number]): string {
  const toSrgb = (c: number): number => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
  return `#${rgb.map((c) => Math.round(Math.min(1, Math.max(0, toSrgb(c))) * 255).toString(16).padStart(2, '0')).join('')}`;
}
