/** Reads a pack folder into files by path, with the same limits as a zip: counted and sized before a byte is read. */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { DEFAULT_PACK_LIMITS, megabytes, type PackFiles, type PackLimits } from '../packs/zip/readPackZip';
import { finding } from '../packs/validate/findings';

export async function readPackFolder(dir: string, limits: PackLimits = DEFAULT_PACK_LIMITS): Promise<PackFiles> {
  const root = await realpath(dir);
  // Symbolic links inside the pack are not followed: a pack is its own files, not whatever they point at.
  const entries = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  if (entries.length > limits.maxEntries) {
    return { files: new Map(), findings: [finding('PACK_TOO_MANY_FILES', `The folder holds ${entries.length} files; a pack may hold at most ${limits.maxEntries}. Nothing was read.`)] };
  }
  const paths = entries.map((entry) => join(entry.parentPath, entry.name));
  const sizes = await Promise.all(paths.map(async (path) => (await stat(path)).size));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total > limits.maxTotalBytes) {
    return { files: new Map(), findings: [finding('PACK_TOO_LARGE', `The folder holds ${megabytes(total)}; a pack may hold at most ${megabytes(limits.maxTotalBytes)}. Nothing was read.`)] };
  }
  const files = new Map<string, Uint8Array>();
  for (const path of paths) files.set(relative(root, path).split(sep).join('/'), new Uint8Array(await readFile(path)));
  return { files, findings: [] };
}
