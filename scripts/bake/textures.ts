/**
 * WebP encoding of the source textures (512 px PNG/JPEG) and thumbnails (128 px) with sharp. One setting per kind
 * of texture, chosen by measurement on the package's textures (see the tests): never upscaled, deterministic.
 */
import sharp, { type WebpOptions } from 'sharp';

/** What a texture holds, which decides how it may be compressed. */
export type TextureKind = 'color' | 'normal' | 'data' | 'alpha';

/** Largest edge of a baked texture: the sources are 512 px and we never upscale. */
export const TEXTURE_MAX_SIZE = 512;
/** Largest edge of a thumbnail: the sources are 128 px. */
export const THUMBNAIL_MAX_SIZE = 128;

/**
 * - color: lossy q85, no alpha kept (opaque base colour).
 * - alpha: lossy q85 for RGB, lossless alpha plane, so alpha-tested hair and lashes keep clean cut-outs.
 * - normal: near-lossless; lossy WebP is 4:2:0 YUV and bent normals by ~1.4° on average (banding in highlights)
 *   and up to 100° at UV island edges, near-lossless stays within ~0.3° mean.
 * - data (ambient occlusion): smooth single-channel data, lossy q80 is visually exact.
 */
const WEBP_OPTIONS: Record<TextureKind, WebpOptions> = {
  color: { quality: 85, effort: 4 },
  alpha: { quality: 85, alphaQuality: 100, effort: 4 },
  normal: { nearLossless: true, quality: 60, effort: 2 },
  data: { quality: 80, effort: 4 },
};

/** Encodes a PNG/JPEG as WebP for `kind`, shrinking to `maxSize` px (never enlarging). Same input, same bytes. */
export async function encodeWebp(png: Buffer, kind: TextureKind, maxSize = TEXTURE_MAX_SIZE): Promise<Uint8Array> {
  let image = sharp(png).resize(maxSize, maxSize, { fit: 'inside', withoutEnlargement: true });
  if (kind !== 'alpha') image = image.removeAlpha();
  const bytes = await image.webp(WEBP_OPTIONS[kind]).toBuffer();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * A square WebP thumbnail (128 px, or the source's longer edge when smaller: never upscaled) from a thumbnail
 * PNG; a non-square source is centred on transparent padding, and the transparent background is kept.
 */
export async function encodeThumbnail(png: Buffer): Promise<Uint8Array> {
  const { width = THUMBNAIL_MAX_SIZE, height = THUMBNAIL_MAX_SIZE } = await sharp(png).metadata();
  const size = Math.min(THUMBNAIL_MAX_SIZE, Math.max(width, height));
  const square = await sharp(png)
    .ensureAlpha()
    .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  return encodeWebp(square, 'alpha', THUMBNAIL_MAX_SIZE);
}

/** A small flat-colour WebP (untextured skins). `rgb` is sRGB 0..1. */
export async function solidColourWebp(rgb: readonly [number, number, number], size = 8): Promise<Uint8Array> {
  const [r, g, b] = rgb.map((c) => Math.round(Math.min(1, Math.max(0, c)) * 255)) as [number, number, number];
  const png = await sharp({ create: { width: size, height: size, channels: 3, background: { r, g, b } } }).png().toBuffer();
  return encodeWebp(png, 'color', size);
}

/** RGBA pixels of an image at its own size (for alpha analysis and colour sampling). */
export async function readRgba(image: Buffer): Promise<{ data: Uint8Array; width: number; height: number }> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}
