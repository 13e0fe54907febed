/** Test helpers: pack files served from public/ (one can be held back), and a decoder that counts its images. */
import { readFileSync } from 'node:fs';
import { AssetLibrary } from '../AssetLibrary';

/** Serves /packs/core/… from public/, and can hold one file back until released. */
export function fileLibrary(held?: { url: string; until: Promise<void> }) {
  return new AssetLibrary(async (url) => {
    if (url === held?.url) await held.until;
    return new Uint8Array(readFileSync(`public${url}`));
  });
}

/** Stands in for the browser's decoder: every decoded image must be released exactly once. */
export function countingDecoder() {
  const counts = { decoded: 0, released: 0 };
  const decoder = {
    decode: async () => {
      counts.decoded += 1;
      return { width: 4, height: 4, close() {} } as unknown as ImageBitmap;
    },
    release: () => void (counts.released += 1),
  };
  return { counts, decoder };
}
