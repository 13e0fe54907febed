/**
 * Reads a pack `.zip` safely: the central directory is checked against the limits (size, entry count, compression
 * ratio, unsafe paths) before anything is inflated, then each entry is inflated into its declared size with a
 * checksum check. Never throws for bad input: every problem becomes a finding and the rest is still read.
 */
import { finding, type Finding } from '../validate/findings';
import { readCentralDirectory, type ZipEntry } from './centralDirectory';
import { inflateEntry } from './inflateEntry';
import { isArchiveNoise, packRoot, unsafePathReason } from './zipPaths';

export interface PackLimits {
  /** Total bytes the pack may unpack to. */
  maxTotalBytes: number;
  /** Entries (or files, for a folder) the pack may hold. */
  maxEntries: number;
  /** Largest uncompressed/compressed ratio of one entry above 1 MiB (real files stay far below 100). */
  maxCompressionRatio: number;
}

export const DEFAULT_PACK_LIMITS: PackLimits = { maxTotalBytes: 200 * 1024 * 1024, maxEntries: 2000, maxCompressionRatio: 200 };

/** Files of a pack by path relative to its root, and what was wrong while reading them. */
export interface PackFiles {
  files: Map<string, Uint8Array>;
  findings: Finding[];
}

const MIB = 1024 * 1024;

export function readPackZip(archive: Uint8Array, limits: Partial<PackLimits> = {}): PackFiles {
  const limit = { ...DEFAULT_PACK_LIMITS, ...limits };
  const directory = readCentralDirectory(archive, limit.maxEntries);
  if (!directory.ok) {
    const tooMany = directory.declaredEntries !== undefined;
    return { files: new Map(), findings: [tooMany ? tooManyEntries(directory.declaredEntries!, limit) : finding('ZIP_CORRUPT', `The file is not a readable zip archive: ${directory.reason}.`)] };
  }
  const refusal = refuseBeforeInflating(directory.entries, limit);
  if (refusal.length > 0) return { files: new Map(), findings: refusal };
  const findings: Finding[] = [];
  const entries = usableEntries(directory.entries, findings);
  const root = packRoot(entries.map((entry) => entry.name));
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (!entry.name.startsWith(root)) continue;
    const inflated = readEntry(archive, entry);
    if (inflated.ok) files.set(entry.name.slice(root.length), inflated.bytes);
    else findings.push(inflated.finding);
  }
  return { files, findings };
}

function tooManyEntries(count: number, limit: PackLimits): Finding {
  return finding('PACK_TOO_MANY_FILES', `The archive holds ${count} entries; a pack may hold at most ${limit.maxEntries}. Nothing was unpacked.`);
}

/** Whole-archive limits: checked on the declared sizes, so a zip bomb is refused without inflating a byte. */
function refuseBeforeInflating(entries: readonly ZipEntry[], limit: PackLimits): Finding[] {
  if (entries.length > limit.maxEntries) return [tooManyEntries(entries.length, limit)];
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > limit.maxTotalBytes) {
    return [finding('PACK_TOO_LARGE', `The archive would unpack to ${megabytes(total)}; a pack may unpack to at most ${megabytes(limit.maxTotalBytes)}. Nothing was unpacked.`)];
  }
  return entries
    .filter((entry) => entry.size > MIB && entry.size / Math.max(entry.compressedSize, 1) > limit.maxCompressionRatio)
    .map((entry) =>
      finding('ZIP_COMPRESSION_RATIO', `"${entry.name}" claims to expand ${Math.round(entry.size / Math.max(entry.compressedSize, 1))}× (to ${megabytes(entry.size)}), a sign of a zip bomb. Nothing was unpacked.`, { file: entry.name }),
    );
}

/** Drops folders, archiver noise, unsafe paths, duplicates and entries we cannot decode, with a finding for the last three. */
function usableEntries(entries: readonly ZipEntry[], findings: Finding[]): ZipEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (isArchiveNoise(entry.name)) return false;
    const unsafe = unsafePathReason(entry.name);
    if (unsafe) findings.push(finding('ZIP_UNSAFE_PATH', `The entry "${entry.name}" ${unsafe}; it was skipped.`, { file: entry.name }));
    else if (seen.has(entry.name)) findings.push(finding('ZIP_DUPLICATE_ENTRY', `"${entry.name}" appears more than once in the archive; only the first was read.`, { file: entry.name }));
    else if (entry.flags & 1) findings.push(finding('ZIP_ENTRY_UNSUPPORTED', `"${entry.name}" is encrypted; it was skipped.`, { file: entry.name }));
    else if (entry.method !== 0 && entry.method !== 8) findings.push(finding('ZIP_ENTRY_UNSUPPORTED', `"${entry.name}" uses compression method ${entry.method}; only stored and deflate entries are read.`, { file: entry.name }));
    else {
      seen.add(entry.name);
      return true;
    }
    return false;
  });
}

function readEntry(archive: Uint8Array, entry: ZipEntry): { ok: true; bytes: Uint8Array } | { ok: false; finding: Finding } {
  const inflated = inflateEntry(archive, entry);
  if (inflated.ok) return inflated;
  return { ok: false, finding: finding('ZIP_ENTRY_CORRUPT', `"${entry.name}" could not be unpacked: ${inflated.reason}.`, { file: entry.name }) };
}

export function megabytes(bytes: number): string {
  return `${(bytes / MIB).toFixed(bytes < 10 * MIB ? 1 : 0)} MB`;
}
