/**
 * Inflates one zip entry into a buffer of its declared size, feeding the deflate stream in small slices and
 * stopping as soon as it produces more than declared: a lying header can never make it allocate more.
 */
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import type { ZipEntry } from './centralDirectory';

const LOCAL_HEADER = 0x04034b50;
/** Deflate expands at most ~1032×, so one 16 KiB slice never produces more than ~17 MB before the cap is checked. */
const SLICE = 16 * 1024;

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

export function inflateEntry(archive: Uint8Array, entry: ZipEntry): Inflated {
  const data = compressedData(archive, entry);
  if (typeof data === 'string') return { ok: false, reason: data };
  let bytes: Uint8Array;
  if (entry.method === 0) {
    if (data.length !== entry.size) return { ok: false, reason: 'a stored entry whose sizes disagree' };
    bytes = data.slice();
  } else {
    const inflated = inflateCapped(data, entry.size);
    if (typeof inflated === 'string') return { ok: false, reason: inflated };
    bytes = inflated;
  }
  if (crc32(bytes) !== entry.crc) return { ok: false, reason: 'its checksum does not match its content' };
  return { ok: true, bytes };
}

function compressedData(archive: Uint8Array, entry: ZipEntry): Uint8Array | string {
  const at = entry.localHeaderOffset;
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  if (at + 30 > archive.length || view.getUint32(at, true) !== LOCAL_HEADER) return 'its local header is missing';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > archive.length) return 'its data runs past the end of the archive';
  return archive.subarray(start, start + entry.compressedSize);
}

function inflateCapped(data: Uint8Array, declared: number): Uint8Array | string {
  const out = new Uint8Array(declared);
  let written = 0;
  let overflow = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > declared) overflow = true;
    else out.set(chunk, written);
    written += chunk.length;
    ended ||= final;
  });
  try {
    for (let at = 0; at < data.length && !overflow; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (data.length === 0) inflater.push(data, true);
  } catch (error) {
    return `its compressed data is damaged (${(error as Error).message})`;
  }
  if (overflow) return 'it inflates to more bytes than its header declares';
  if (!ended || written !== declared) return `it inflates to ${written} bytes, not the ${declared} its header declares`;
  return out;
}
