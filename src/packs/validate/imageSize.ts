/**
 * Image type and size read from the file header only (PNG IHDR, JPEG SOF, WebP VP8/VP8L/VP8X), so a 16k texture
 * is measured without decoding a pixel. Returns null for anything it cannot read; never throws.
 */
export interface ImageInfo {
  mimeType: 'image/png' | 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
}

export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isPng(bytes)) return bytes.length >= 24 ? sized('image/png', view.getUint32(16), view.getUint32(20)) : null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegInfo(view);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return webpInfo(bytes, view);
  return null;
}

function isPng(bytes: Uint8Array): boolean {
  return [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => bytes[i] === byte) && ascii(bytes, 12, 16) === 'IHDR';
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

function sized(mimeType: ImageInfo['mimeType'], width: number, height: number): ImageInfo | null {
  return width > 0 && height > 0 ? { mimeType, width, height } : null;
}

/** Walks the JPEG markers to the first start-of-frame (SOF0-SOF15 except DHT, JPG and DAC). */
function jpegInfo(view: DataView): ImageInfo | null {
  let at = 2;
  while (at + 9 <= view.byteLength) {
    if (view.getUint8(at) !== 0xff) return null;
    const marker = view.getUint8(at + 1);
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sized('image/jpeg', view.getUint16(at + 7), view.getUint16(at + 5));
    }
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

function webpInfo(bytes: Uint8Array, view: DataView): ImageInfo | null {
  const chunk = ascii(bytes, 12, 16);
  if (chunk === 'VP8 ' && bytes.length >= 30) return sized('image/webp', view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = view.getUint32(21, true);
    return sized('image/webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X' && bytes.length >= 30) {
    const width = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16));
    return sized('image/webp', width, 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16)));
  }
  return null;
}
