/** Test helper: the real baked core pack (public/packs/core, `npm run bake`) read with Node's fs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceSkeletonFromPack } from './referenceSkeleton';
import type { ReferenceSkeleton } from './types';

export const CORE_PACK_DIR = 'public/packs/core';

/** Every file of a folder by its path relative to the folder, with "/" separators. */
export function readFolderFiles(dir: string): Map<string, Uint8Array> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(entries.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [path.slice(dir.length + 1).split('\\').join('/'), new Uint8Array(readFileSync(path))];
  }));
}

let skeleton: Promise<ReferenceSkeleton> | null = null;

export function coreSkeletonForTests(): Promise<ReferenceSkeleton> {
  skeleton ??= referenceSkeletonFromPack(async (path) => new Uint8Array(readFileSync(join(CORE_PACK_DIR, path)))).then((found) => {
    if (!found) throw new Error('public/packs/core has no readable body: run `npm run bake` first');
    return found;
  });
  return skeleton;
}
