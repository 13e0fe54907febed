import { LinearSRGBColorSpace, SRGBColorSpace, Texture, type ColorSpace } from 'three';
import type { TextureData } from '../assetData';

/** Turns image bytes into something WebGL can upload; injected so Node (no image decoder) can skip it. */
export type DecodeImage = (data: TextureData) => Promise<ImageBitmap | null>;

/** The browser's decoder: glTF textures are stored top-down, so nothing is flipped. */
export const decodeImageInBrowser: DecodeImage = (data) =>
  createImageBitmap(new Blob([data.bytes as BlobPart], { type: data.mimeType }), { imageOrientation: 'from-image', premultiplyAlpha: 'none' });

export async function createTexture(data: TextureData | null, decode: DecodeImage, kind: 'color' | 'data'): Promise<Texture | null> {
  if (!data) return null;
  const image = await decode(data);
  if (!image) return null;
  const texture = new Texture(image);
  texture.flipY = false;
  texture.colorSpace = (kind === 'color' ? SRGBColorSpace : LinearSRGBColorSpace) as ColorSpace;
  texture.anisotropy = 4;
  texture.needsUpdate = true;
  return texture;
}

/** Frees a texture and the decoded image behind it. */
export function disposeTexture(texture: Texture | null | undefined): void {
  if (!texture) return;
  const image = texture.image as ImageBitmap | undefined;
  texture.dispose();
  if (image && typeof image.close === 'function') image.close();
}
