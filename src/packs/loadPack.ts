/**
 * Loads a pack's `pack.json` from a URL: fetch is injected so the same code runs in the browser and in Node.
 * Every pack goes through the schema before the app sees it.
 */
import { validate, type Result } from '../core/validation';
import { packContentHash } from './packHash';
import { PackManifest } from './schema';

export type FetchText = (url: string) => Promise<string>;

export interface LoadedPack {
  manifest: PackManifest;
  /** URL of the pack folder, ending in "/": asset paths resolve against it. */
  baseUrl: string;
  /** Content hash of the pack.json it was loaded from (see packContentHash). */
  hash: string;
  /** For a pack held in the browser (opened from files): each file's object URL, by path. */
  fileUrls?: ReadonlyMap<string, string>;
}

export function parsePackManifest(json: unknown): Result<PackManifest> {
  return validate(PackManifest, json);
}

export function packFolderUrl(packJsonUrl: string): string {
  return packJsonUrl.slice(0, packJsonUrl.lastIndexOf('/') + 1);
}

export async function loadPack(packJsonUrl: string, fetchText: FetchText): Promise<Result<LoadedPack>> {
  let text: string;
  try {
    text = await fetchText(packJsonUrl);
  } catch (error) {
    // The fetch is injected: it may reject with anything, not only an Error.
    const reason = error instanceof Error && error.message ? error.message : 'the download failed';
    return { ok: false, errors: [`could not download ${packJsonUrl}: ${reason}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [`${packJsonUrl} is not valid JSON`] };
  }
  const parsed = parsePackManifest(json);
  if (!parsed.ok) return parsed;
  return { ok: true, value: loadedPack({ manifest: parsed.value, baseUrl: packFolderUrl(packJsonUrl) }, text) };
}

/**
 * A loaded pack whose content hash is worked out when first read: hashing a large pack.json takes tens of
 * milliseconds, which the first avatar should not wait for; only manifests and exports need it.
 */
export function loadedPack(fields: Omit<LoadedPack, 'hash'>, packJsonText: string): LoadedPack {
  let hash: string | undefined;
  return {
    ...fields,
    get hash() {
      return (hash ??= packContentHash(packJsonText));
    },
  };
}

/** A file's URL, or null when a pack held in the browser does not have it (a thumbnail it names but lacks). */
export function packFileUrl(pack: LoadedPack, path: string | undefined): string | null {
  if (!path || (pack.fileUrls && !pack.fileUrls.has(path))) return null;
  return packAssetUrl(pack, path);
}

/** Resolves a path from pack.json against the pack folder (or to the file's object URL, for a pack held in the browser). */
export function packAssetUrl(pack: LoadedPack, path: string): string {
  return pack.fileUrls?.get(path) ?? pack.baseUrl + path;
}
