import { describe, expect, it } from 'vitest';
import type { TextureData } from '../assetData';
import { DecodedImageCache } from './imageCache';

/** A decoder that makes fake images of `side`² pixels and counts decodes and closes per file. */
function fakeDecoder(side = 16) {
  const decodes = new Map<Uint8Array, number>();
  const closes = new Map<Uint8Array, number>();
  const decode = (data: TextureData) => {
    decodes.set(data.bytes, (decodes.get(data.bytes) ?? 0) + 1);
    const close = () => closes.set(data.bytes, (closes.get(data.bytes) ?? 0) + 1);
    return Promise.resolve({ width: side, height: side, close } as unknown as ImageBitmap);
  };
  return { decode, decodes, closes };
}

const file = (): TextureData => ({ bytes: new Uint8Array(8), mimeType: 'image/png' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const IMAGE_BYTES = 16 * 16 * 4;

describe('the decoded image cache', () => {
  it('decodes a file once while it is used and after, within its budget', async () => {
    const fake = fakeDecoder();
    const cache = new DecodedImageCache(fake.decode, 2 * IMAGE_BYTES);
    const hair = file();
    const [first, second] = await Promise.all([cache.decode(hair), cache.decode(hair)]);
    expect(second).toBe(first);
    cache.release(hair);
    cache.release(hair);
    await settle();
    expect(await cache.decode(hair)).toBe(first);
    expect(fake.decodes.get(hair.bytes)).toBe(1);
    expect(fake.closes.get(hair.bytes)).toBeUndefined();
  });

  it('closes the least recently used idle images beyond its budget, never one in use', async () => {
    const fake = fakeDecoder();
    const cache = new DecodedImageCache(fake.decode, 2 * IMAGE_BYTES);
    const files = [file(), file(), file(), file()];
    const inUse = files[0]!;
    await cache.decode(inUse);
    await cache.warm(files[1]!);
    await cache.warm(files[2]!);
    await cache.decode(files[1]!); // used again: now the most recent
    cache.release(files[1]!);
    await cache.warm(files[3]!); // a third idle image: one must go
    await settle();
    expect(fake.closes.get(inUse.bytes)).toBeUndefined();
    expect(fake.closes.get(files[2]!.bytes)).toBe(1);
    expect(fake.closes.get(files[1]!.bytes)).toBeUndefined();
    expect(fake.closes.get(files[3]!.bytes)).toBeUndefined();
  });

  it('tries a failed decode again', async () => {
    let attempts = 0;
    const cache = new DecodedImageCache(() => (attempts += 1) === 1 ? Promise.reject(new Error('corrupt')) : Promise.resolve(null), 0);
    const broken = file();
    await expect(cache.decode(broken)).rejects.toThrow('corrupt');
    await settle();
    await expect(cache.decode(broken)).resolves.toBeNull();
    expect(attempts).toBe(2);
  });
});
