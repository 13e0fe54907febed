/** The exporter in Node: codecs read their WebAssembly from node_modules, packs are read from a folder. */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AvatarManifest } from '../core/manifest';
import { loadPack, type LoadedPack } from '../packs/loadPack';
import { configureCodecs } from './codecs';
import { ExportInputError, type ExportSources } from './sources';

const require = createRequire(import.meta.url);

/** The codecs build ImageData objects; Node has no such class, and a plain holder of the same fields is enough. */
class NodeImageData {
  constructor(
    readonly data: Uint8ClampedArray,
    readonly width: number,
    readonly height: number,
  ) {}
}

export function useNodeCodecs(): void {
  (globalThis as { ImageData?: unknown }).ImageData ??= NodeImageData;
  configureCodecs(async (specifier) => WebAssembly.compile(await readFile(require.resolve(specifier))));
}

/** Packs from `<dir>/<pack id>/pack.json`: the core pack plus every pack the manifest names or wears. */
export async function packsFromFolder(manifest: AvatarManifest, packsDir: string): Promise<ExportSources> {
  const available = new Set(await readdir(packsDir).catch(() => [] as string[]));
  if (available.size === 0) throw new ExportInputError([`packs: there are no packs in ${packsDir} (run "npm run bake" or pass another folder)`]);
  const ids = new Set(['core', ...manifest.packs.map((pack) => pack.id), ...Object.values(manifest.items).map((ref) => ref.split('/')[0]!)]);
  const packs = new Map<string, LoadedPack>();
  for (const id of ids) {
    if (!available.has(id)) throw new ExportInputError([`packs: there is no "${id}" pack in ${packsDir}`]);
    const loaded = await loadPack(join(packsDir, id, 'pack.json'), (path) => readFile(path, 'utf8'));
    if (!loaded.ok) throw new ExportInputError([`packs: the "${id}" pack is invalid: ${loaded.errors.join('; ')}`]);
    packs.set(id, loaded.value);
  }
  return { packs, readBytes: async (path) => new Uint8Array(await readFile(path)) };
}
