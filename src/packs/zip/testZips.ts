/** Test helper: archives built with fflate, and surgery on their headers to make them lie like a zip bomb does. */
import { zipSync, type Zippable } from 'fflate';

const CENTRAL_HEADER = 0x02014b50;

export function zipOf(files: Record<string, Uint8Array | string>, level: 0 | 6 = 6): Uint8Array {
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(files)) entries[name] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return zipSync(entries, { level });
}

/** Offsets of the central directory headers, in entry order (fflate writes no archive comment). */
function centralHeaders(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const offsets: number[] = [];
  for (let at = view.getUint32(end + 16, true), i = 0; i < view.getUint16(end + 10, true); i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error('not a central directory header');
    offsets.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return offsets;
}

/** Rewrites the uncompressed size the central directory declares for entry `index`. */
export function declareSize(zip: Uint8Array, index: number, size: number): Uint8Array {
  const copy = zip.slice();
  new DataView(copy.buffer).setUint32(centralHeaders(copy)[index]! + 24, size, true);
  return copy;
}

/** Sets the encryption flag of entry `index` in the central directory. */
export function markEncrypted(zip: Uint8Array, index: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const at = centralHeaders(copy)[index]! + 8;
  view.setUint16(at, view.getUint16(at, true) | 1, true);
  return copy;
}
