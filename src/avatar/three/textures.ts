import { LinearSRGBColorSpace, SRGBColorSpace, Texture, type ColorSpace } from 'three';
import type { TextureData } from '../assetData';

/**
 * Turns image bytes into something WebGL can upload, and takes it back when the texture is freed. Injected so
 * Node (no image decoder) can skip images, and so the browser can keep decoded images for the next wear.
 */
export interface ImageDecoder {
  decode(data: TextureData): Promise<ImageBitmap | null>;
  release(data: TextureData): void;
}

/** The browser's decoder: glTF textures are stored top-down, so nothing is flipped. */
export const decodeImageInBrowser = (data: TextureData): Promise<ImageBitmap> =>
  createImageBitmap(new Blob([data.bytes as BlobPart], { type: data.mimeType }), { imageOrientation: 'from-image', premultiplyAlpha: 'none' });

const IMAGE_TYPES: Record<string, string> = { webp: 'image/webp', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

/** The image type of a pack file (a skin or variant texture) from its name; null when it is not an image. */
export function imageTypeOf(url: string): string | null {
  return IMAGE_TYPES[url.slice(url.lastIndexOf('.') + 1).toLowerCase()] ?? null;
}

export async function createTexture(data: TextureData | null, images: ImageDecoder, kind: 'color' | 'data'): Promise<Texture | null> {
  if (!data) return null;
  const image = await images.decode(data);
  if (!image) return null;
  const texture = new Texture(image);
  texture.flipY = false;
  texture.colorSpace = (kind === 'color' ? SRGBColorSpace : LinearSRGBColorSpace) as ColorSpace;
  texture.anisotropy = 4;
  texture.needsUpdate = true;
  texture.userData.releaseImage = () => images.release(data);
  return texture;
}

/** Frees a texture and gives its decoded image back to the decoder it came from. */
export function disposeTexture(texture: Texture | null | undefined): void {
  if (!texture) return;
  texture.dispose();
  (texture.userData.releaseImage as (() => void) | undefined)?.();
}
