/**
 * Reads a zip's central directory (names, sizes, offsets) without inflating anything, so limits are checked first.
 * Supports zip64 records; refuses split archives. Returns a plain reason instead of throwing on malformed input.
 */
export interface ZipEntry {
  name: string;
  flags: number;
  /** 0 stored, 8 deflate. */
  method: number;
  crc: number;
  compressedSize: number;
  /** Declared uncompressed size (checked against the limits, then enforced while inflating). */
  size: number;
  localHeaderOffset: number;
}

export type Directory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string; declaredEntries?: number };

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX32 = 0xffffffff;

/** Reads the central directory; stops before walking it when it declares more than `maxEntries` entries. */
export function readCentralDirectory(bytes: Uint8Array, maxEntries: number): Directory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return { ok: false, reason: 'it has no zip end-of-archive record (not a zip file, or truncated)' };
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) return { ok: false, reason: 'it is a split (multi-part) archive' };
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === MAX32) {
    const zip64 = readZip64End(view, end);
    if (!zip64) return { ok: false, reason: 'its zip64 end record is missing or damaged' };
    ({ count, offset } = zip64);
  }
  if (count > maxEntries) return { ok: false, reason: 'too many entries', declaredEntries: count };
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const entry = readEntry(view, offset);
    if (!entry) return { ok: false, reason: `central directory entry ${i + 1} of ${count} is damaged` };
    entries.push(entry.entry);
    offset = entry.next;
  }
  return { ok: true, entries };
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

function readZip64End(view: DataView, end: number): { count: number; offset: number } | null {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR) return null;
  const at = safeNumber(view.getBigUint64(locator + 8, true));
  if (at + 56 > view.byteLength || view.getUint32(at, true) !== EOCD64) return null;
  return { count: safeNumber(view.getBigUint64(at + 32, true)), offset: safeNumber(view.getBigUint64(at + 48, true)) };
}

function readEntry(view: DataView, at: number): { entry: ZipEntry; next: number } | null {
  if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) return null;
  const flags = view.getUint16(at + 8, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  if (next > view.byteLength) return null;
  const nameBytes = new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength);
  // Bit 11: the name is UTF-8; otherwise code page 437, read as Latin-1 like most tools.
  const name = flags & 0x800 ? new TextDecoder().decode(nameBytes) : String.fromCharCode(...nameBytes);
  const sizes = { size: view.getUint32(at + 24, true), compressedSize: view.getUint32(at + 20, true), localHeaderOffset: view.getUint32(at + 42, true) };
  readZip64Sizes(view, at + 46 + nameLength, extraLength, sizes);
  const entry = { name, flags, method: view.getUint16(at + 10, true), crc: view.getUint32(at + 16, true), ...sizes };
  return { entry, next };
}

/** The zip64 extra field holds, in this order, the sizes and offset whose 32-bit fields are 0xFFFFFFFF. */
function readZip64Sizes(view: DataView, start: number, length: number, sizes: Pick<ZipEntry, 'size' | 'compressedSize' | 'localHeaderOffset'>): void {
  for (let at = start; at + 4 <= start + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 0x0001) continue;
    let field = at + 4;
    for (const key of ['size', 'compressedSize', 'localHeaderOffset'] as const) {
      if (sizes[key] !== MAX32 || field + 8 > start + length) continue;
      sizes[key] = safeNumber(view.getBigUint64(field, true));
      field += 8;
    }
    return;
  }
}

/** 64-bit sizes beyond 2^53 are absurd for a pack: clamp them so the size limit rejects them. */
function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
