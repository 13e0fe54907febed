/**
 * Image decoding, resizing and encoding with the same WebAssembly codecs (jsquash: libwebp, MozJPEG, the Rust
 * PNG and resize crates) in the browser and in Node, so both write the same bytes. In the browser the codecs
 * find their .wasm files by themselves; Node hands them in once through `configureCodecs`.
 */
import type { TextureData } from '../avatar/assetData';

export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export type ImageFormat = 'jpeg' | 'png' | 'webp';

/** Compiles a codec's .wasm file, named by its package path (e.g. "@jsquash/png/codec/pkg/squoosh_png_bg.wasm"). */
export type LoadWasm = (specifier: string) => Promise<WebAssembly.Module>;

let loadWasm: LoadWasm | null = null;
const ready = new Map<string, Promise<unknown>>();

export function configureCodecs(loader: LoadWasm): void {
  loadWasm = loader;
  ready.clear();
}

/** Initialises a codec once: with the configured loader's module, or the codec's own lookup. */
function once(specifier: string, init: (module?: WebAssembly.Module) => Promise<unknown>): Promise<unknown> {
  let done = ready.get(specifier);
  if (!done) {
    done = loadWasm ? loadWasm(specifier).then((module) => init(module)) : init();
    ready.set(specifier, done);
  }
  return done;
}

const JPEG_QUALITY = 85;
const WEBP_QUALITY = 85;

export async function decodeImage(texture: TextureData): Promise<RgbaImage> {
  switch (texture.mimeType) {
    case 'image/webp': {
      const codec = await import('@jsquash/webp/decode.js');
      await once('@jsquash/webp/codec/dec/webp_dec.wasm', (m) => codec.init(m as WebAssembly.Module));
      return codec.default(toArrayBuffer(texture.bytes));
    }
    case 'image/png': {
      const codec = await import('@jsquash/png/decode.js');
      await once('@jsquash/png/codec/pkg/squoosh_png_bg.wasm', (m) => codec.init(m));
      return codec.default(toArrayBuffer(texture.bytes));
    }
    case 'image/jpeg': {
      const codec = await import('@jsquash/jpeg/decode.js');
      await once('@jsquash/jpeg/codec/dec/mozjpeg_dec.wasm', (m) => codec.init(m as WebAssembly.Module));
      return codec.default(toArrayBuffer(texture.bytes));
    }
    default:
      throw new Error(`textures of type ${texture.mimeType} cannot be read`);
  }
}

export async function encodeImage(image: RgbaImage, format: ImageFormat): Promise<TextureData> {
  const imageData = asImageData(image);
  switch (format) {
    case 'jpeg': {
      const codec = await import('@jsquash/jpeg/encode.js');
      await once('@jsquash/jpeg/codec/enc/mozjpeg_enc.wasm', (m) => codec.init(m as WebAssembly.Module));
      return { bytes: new Uint8Array(await codec.default(imageData, { quality: JPEG_QUALITY })), mimeType: 'image/jpeg' };
    }
    case 'png': {
      const codec = await import('@jsquash/png/encode.js');
      await once('@jsquash/png/codec/pkg/squoosh_png_bg.wasm', (m) => codec.init(m));
      return { bytes: new Uint8Array(await codec.default(imageData)), mimeType: 'image/png' };
    }
    case 'webp': {
      const codec = await import('@jsquash/webp/encode.js');
      await once('@jsquash/webp/codec/enc/webp_enc_simd.wasm', (m) => codec.init(m as WebAssembly.Module));
      return { bytes: new Uint8Array(await codec.default(imageData, { quality: WEBP_QUALITY })), mimeType: 'image/webp' };
    }
  }
}

/** Resamples with Catmull-Rom on premultiplied alpha (no dark fringes at cut-out edges); gamma-space filtering is 3× faster than linear light and looks the same at these ratios. */
export async function resizeImage(image: RgbaImage, width: number, height: number): Promise<RgbaImage> {
  if (image.width === width && image.height === height) return image;
  const codec = await import('@jsquash/resize');
  await once('@jsquash/resize/lib/resize/pkg/squoosh_resize_bg.wasm', (m) => codec.initResize(m));
  return codec.default(asImageData(image), { width, height, method: 'catrom', fitMethod: 'stretch', premultiply: true, linearRGB: false });
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

/** The codecs take ImageData; Node has none, and a plain object with the same fields works there. */
function asImageData(image: RgbaImage): ImageData {
  if (typeof ImageData !== 'undefined' && !(image instanceof ImageData)) return new ImageData(image.data as Uint8ClampedArray<ArrayBuffer>, image.width, image.height);
  return image as ImageData;
}
