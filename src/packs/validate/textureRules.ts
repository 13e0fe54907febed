/** Texture rules: readable PNG/JPEG/WebP, under the hard size limit (error) and under the slot's budget (warning). */
import { finding, type Finding, type FindingPlace } from './findings';
import { readImageInfo } from './imageSize';
import type { TextureStat } from './types';

/** A texture file of the pack, measured from its header. */
export function textureFileStat(path: string, bytes: Uint8Array): TextureStat {
  const info = readImageInfo(bytes);
  return { source: path, mimeType: info?.mimeType ?? null, width: info?.width ?? 0, height: info?.height ?? 0, bytes: bytes.length };
}

export interface TextureLimits {
  /** The slot's budget for the largest side. */
  budget: number;
  /** Beyond this, an error. */
  max: number;
}

export function textureFindings(texture: TextureStat, limits: TextureLimits, place: FindingPlace): Finding[] {
  if (!texture.mimeType) {
    return [finding('TEXTURE_UNREADABLE', `${texture.source} is not a PNG, JPEG or WebP image the app can read.`, place)];
  }
  const side = Math.max(texture.width, texture.height);
  const size = `${texture.width}×${texture.height}`;
  if (side > limits.max) {
    const memory = Math.round((texture.width * texture.height * 4) / 2 ** 20);
    return [finding('TEXTURE_TOO_LARGE', `${texture.source} is ${size} px: beyond ${limits.max} px most phones cannot load it, and it takes ${memory} MB of GPU memory.`, place, `Resize it to ${limits.budget} px (the budget for this slot).`)];
  }
  if (side > limits.budget) {
    return [finding('TEXTURE_OVER_BUDGET', `${texture.source} is ${size} px; the budget for this slot is ${limits.budget} px.`, place, `Resize it to ${limits.budget} px.`)];
  }
  return [];
}
