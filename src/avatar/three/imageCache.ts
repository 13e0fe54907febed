import type { TextureData } from '../assetData';
import type { ImageDecoder } from './textures';

interface CachedImage {
  image: Promise<ImageBitmap | null>;
  users: number;
  bytes: number;
}

/**
 * Keeps decoded images after their textures are freed, so wearing an item again (or one just preloaded) skips
 * decoding, the slowest part of a swap. Images no texture uses are closed, least recently used first, once
 * they take more than `budgetBytes`; an image in use is never closed. Keyed by the (cached) file bytes.
 */
export class DecodedImageCache implements ImageDecoder {
  private readonly entries = new Map<Uint8Array, CachedImage>();

  constructor(
    private readonly decodeBytes: (data: TextureData) => Promise<ImageBitmap | null>,
    private readonly budgetBytes: number,
  ) {}

  decode(data: TextureData): Promise<ImageBitmap | null> {
    const entry = this.entries.get(data.bytes) ?? this.start(data);
    this.entries.delete(data.bytes); // re-inserted last: the map's order is the order of use
    this.entries.set(data.bytes, entry);
    entry.users += 1;
    return entry.image;
  }

  release(data: TextureData): void {
    const entry = this.entries.get(data.bytes);
    if (!entry) return;
    entry.users -= 1;
    this.evictIdle();
  }

  /** Decodes ahead of use (a hovered item tile) and keeps the result as an idle image. */
  warm(data: TextureData): Promise<unknown> {
    const image = this.decode(data);
    return image.finally(() => this.release(data));
  }

  private start(data: TextureData): CachedImage {
    const entry: CachedImage = { image: this.decodeBytes(data), users: 0, bytes: 0 };
    entry.image.then(
      (image) => (entry.bytes = image ? image.width * image.height * 4 : 0),
      () => this.entries.delete(data.bytes), // a failed decode is tried again next time
    );
    return entry;
  }

  private evictIdle(): void {
    let idleBytes = 0;
    for (const entry of this.entries.values()) if (entry.users === 0) idleBytes += entry.bytes;
    for (const [key, entry] of this.entries) {
      if (idleBytes <= this.budgetBytes) return;
      if (entry.users > 0) continue;
      idleBytes -= entry.bytes;
      this.entries.delete(key);
      void entry.image.then((image) => image?.close());
    }
  }
}
