/** The exporter in Node: codecs read their WebAssembly from node_modules, packs are read from a folder. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { configureCodecs } from './codecs';

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
