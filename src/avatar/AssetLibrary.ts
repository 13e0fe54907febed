import type { AssetData } from './assetData';
import { readGlbInPlace, type ReadGlbBytes } from './glbReaders';

/** Downloads bytes; injected so the same code runs in the browser (fetch) and in Node (files). */
export type FetchBytes = (url: string) => Promise<Uint8Array>;

export const fetchBytesOverHttp = async (url: string, init?: RequestInit): Promise<Uint8Array> => {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText || 'error'} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
};

/**
 * Downloads and parses pack files once: every request for the same URL shares one promise. A failed
 * download is forgotten so that a later attempt can retry it.
 */
export class AssetLibrary {
  private readonly glbs = new Map<string, Promise<AssetData>>();
  private readonly files = new Map<string, Promise<Uint8Array>>();

  constructor(
    private readonly fetchBytes: FetchBytes,
    private readonly readGlb: ReadGlbBytes = readGlbInPlace,
  ) {}

  glb(url: string): Promise<AssetData> {
    return this.remember(this.glbs, url, async () => this.readGlb(await this.bytes(url)));
  }

  bytes(url: string): Promise<Uint8Array> {
    return this.remember(this.files, url, () => this.fetchBytes(url));
  }

  has(url: string): boolean {
    return this.glbs.has(url) || this.files.has(url);
  }

  /** Forgets every file under a folder URL (a pack reloaded after its designer changed it). */
  forget(folderUrl: string): void {
    for (const cache of [this.glbs, this.files]) for (const url of [...cache.keys()]) if (url.startsWith(folderUrl)) cache.delete(url);
  }

  private remember<T>(cache: Map<string, Promise<T>>, url: string, load: () => Promise<T>): Promise<T> {
    const known = cache.get(url);
    if (known) return known;
    const pending = load();
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
    return pending;
  }
}
