import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImageInfo } from './imageSize';
import { headerOnlyPng, noisePng } from './testImages';

function jpegHeader(width: number, height: number): Uint8Array {
  // SOI, an APP0 segment to skip, then SOF0 with precision, height and width.
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 0, 0, 0]);
}

describe('readImageInfo', () => {
  it('reads PNG, JPEG and WebP sizes from their headers', () => {
    expect(readImageInfo(noisePng(300, 200))).toEqual({ mimeType: 'image/png', width: 300, height: 200 });
    expect(readImageInfo(headerOnlyPng(16384, 16384))).toEqual({ mimeType: 'image/png', width: 16384, height: 16384 });
    expect(readImageInfo(jpegHeader(1920, 1080))).toEqual({ mimeType: 'image/jpeg', width: 1920, height: 1080 });
    // Real WebP files of the core pack: lossy (VP8) skins and extended (VP8X) thumbnails.
    expect(readImageInfo(new Uint8Array(readFileSync('public/packs/core/skins/default.webp')))).toMatchObject({ mimeType: 'image/webp' });
    expect(readImageInfo(new Uint8Array(readFileSync('public/packs/core/thumbs/glasses.webp')))).toEqual({ mimeType: 'image/webp', width: 128, height: 128 });
    expect(readImageInfo(new Uint8Array(readFileSync('public/packs/core/variants/fedora/black.webp')))).toEqual({ mimeType: 'image/webp', width: 512, height: 512 });
  });

  it('reads a lossless WebP (VP8L) header', () => {
    const bits = (4095 - 1) | ((511 - 1) << 14);
    const riff = new Uint8Array([...'RIFF'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 0], [...'WEBPVP8L'].map((c) => c.charCodeAt(0)), [0, 0, 0, 0, 0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff]));
    expect(readImageInfo(riff)).toEqual({ mimeType: 'image/webp', width: 4095, height: 511 });
  });

  it('returns null for truncated or foreign bytes, never throwing', () => {
    for (const bytes of [new Uint8Array(0), noisePng(4, 4).subarray(0, 20), jpegHeader(10, 10).subarray(0, 12), strToBytes('GIF89a......'), strToBytes('RIFF....WEBPVP8 ')]) {
      expect(readImageInfo(bytes)).toBeNull();
    }
  });
});

function strToBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
