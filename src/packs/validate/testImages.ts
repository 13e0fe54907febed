/** Test helper: PNG files made in memory: noise of a given size (incompressible bytes), or a header that only declares a size. */
import { zlibSync } from 'fflate';
import { crc32 } from '../zip/crc32';

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function png(width: number, height: number, idat: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method extensions, no interlace
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
}

/** A valid RGB PNG of pseudo-random pixels (a fixed seed gives the same bytes): about 3 bytes per pixel. */
export function noisePng(width: number, height: number, seed = 1): Uint8Array {
  const rows = new Uint8Array((width * 3 + 1) * height);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < rows.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    rows[i] = i % (width * 3 + 1) === 0 ? 0 : state & 0xff;
  }
  return png(width, height, zlibSync(rows, { level: 0 }));
}

/** A few dozen bytes whose IHDR declares `width`×`height`: measured like the real thing, decoded by nobody. */
export function headerOnlyPng(width: number, height: number): Uint8Array {
  return png(width, height, zlibSync(new Uint8Array(0)));
}
