/** Pixel work on decoded RGBA images: baking free colours into textures the way the live shader shows them. */
import { srgbToLinear, type Rgb } from '../core/colour';
import type { RgbaImage } from './codecs';

const TO_LINEAR = Float32Array.from({ length: 256 }, (_, i) => srgbToLinear(i / 255));

function toSrgb8(linear: number): number {
  const c = Math.min(1, Math.max(0, linear));
  return Math.round((c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055) * 255);
}

/** 4096 steps of linear light to sRGB bytes: finer than 8-bit sRGB anywhere, so the lookup loses nothing visible. */
const TO_SRGB = Uint8Array.from({ length: 4097 }, (_, i) => toSrgb8(i / 4096));

function encodeSrgb(linear: number): number {
  return TO_SRGB[Math.round(Math.min(1, Math.max(0, linear)) * 4096)]!;
}

/**
 * Multiplies every pixel by a linear colour (a free colour or a material's base colour). Dyed pixels first
 * become their luminance, so the colour replaces the hue and the texture's light and shade stay.
 */
export function bakeColour(image: RgbaImage, colour: Rgb, dyed: boolean): RgbaImage {
  const data = new Uint8ClampedArray(image.data.length);
  const [tr, tg, tb] = colour;
  for (let i = 0; i < data.length; i += 4) {
    let r = TO_LINEAR[image.data[i]!]!, g = TO_LINEAR[image.data[i + 1]!]!, b = TO_LINEAR[image.data[i + 2]!]!;
    if (dyed) r = g = b = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    data[i] = encodeSrgb(r * tr);
    data[i + 1] = encodeSrgb(g * tg);
    data[i + 2] = encodeSrgb(b * tb);
    data[i + 3] = image.data[i + 3]!;
  }
  return { data, width: image.width, height: image.height };
}

/** A one-colour image (linear RGB in, sRGB bytes out). */
export function solidImage(size: number, colour: Rgb, alpha = 1): RgbaImage {
  const data = new Uint8ClampedArray(size * size * 4);
  const pixel = [encodeSrgb(colour[0]), encodeSrgb(colour[1]), encodeSrgb(colour[2]), Math.round(alpha * 255)];
  for (let i = 0; i < data.length; i += 4) data.set(pixel, i);
  return { data, width: size, height: size };
}

/** True when some pixel is not fully opaque. */
export function hasTransparency(image: RgbaImage): boolean {
  for (let i = 3; i < image.data.length; i += 4) if (image.data[i]! < 255) return true;
  return false;
}

/**
 * Copies `source` into `target` at (x, y) and repeats its edge pixels `pad` pixels outwards, so filtering and
 * mipmaps near a cell's border sample the cell's own colours, not a neighbour's.
 */
export function blitWithPadding(target: RgbaImage, source: RgbaImage, x: number, y: number, pad: number): void {
  const rowBytes = source.width * 4;
  for (let row = -pad; row < source.height + pad; row += 1) {
    const ty = y + row;
    if (ty < 0 || ty >= target.height) continue;
    const from = Math.min(source.height - 1, Math.max(0, row)) * rowBytes;
    const at = (ty * target.width + x) * 4;
    target.data.set(source.data.subarray(from, from + rowBytes), at);
    for (let k = 1; k <= pad; k += 1) {
      if (x - k >= 0) target.data.copyWithin(at - k * 4, at, at + 4);
      if (x + source.width - 1 + k < target.width) target.data.copyWithin(at + rowBytes + (k - 1) * 4, at + rowBytes - 4, at + rowBytes);
    }
  }
}

/** Opaque materials ignore alpha: storing it as 255 lets JPEG hold the image and PNG compress it better. */
export function withoutAlpha(image: RgbaImage): RgbaImage {
  const data = image.data.slice();
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { data, width: image.width, height: image.height };
}

/** Cut-out (MASK) materials only test alpha against the cutoff: storing 0 or 255 shows the same and compresses far better. */
export function cutOutAlpha(image: RgbaImage, cutoff: number): RgbaImage {
  const data = image.data.slice();
  const threshold = cutoff * 255;
  for (let i = 3; i < data.length; i += 4) data[i] = data[i]! >= threshold ? 255 : 0;
  return { data, width: image.width, height: image.height };
}

/**
 * Fully transparent pixels take the mean colour of the visible ones: they compress to almost nothing, and
 * filtering at cut-out edges blends towards a colour of the item instead of noise or black.
 */
export function flattenHiddenPixels(image: RgbaImage): RgbaImage {
  const data = image.data.slice();
  const sum = [0, 0, 0];
  let visible = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] === 0) continue;
    sum[0]! += data[i]!;
    sum[1]! += data[i + 1]!;
    sum[2]! += data[i + 2]!;
    visible += 1;
  }
  const mean = sum.map((s) => Math.round(s / Math.max(1, visible)));
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 0) data.set(mean, i);
  return { data, width: image.width, height: image.height };
}
