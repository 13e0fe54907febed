import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../packs/loadPack';
import { presetDocument } from '../../packs/presets';
import { AssetLibrary } from '../AssetLibrary';
import { AvatarDirector } from './AvatarDirector';

const HAIR_URL = '/packs/core/items/long01.glb';

describe('the avatar director', async () => {
  const loaded = await loadPack('/packs/core/pack.json', async () => readFileSync('public/packs/core/pack.json', 'utf8'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const pack = loaded.value;
  const packs = new Map([['core', pack]]);

  it('frees the items that arrive after it was disposed instead of putting them on: every decoded image is given back', async () => {
    let releaseHair = () => {};
    const hairHeld = new Promise<void>((resolve) => (releaseHair = resolve));
    const library = new AssetLibrary(async (url) => {
      if (url === HAIR_URL) await hairHeld;
      return new Uint8Array(readFileSync(`public${url}`));
    });
    const images = { decoded: 0, released: 0 };
    const decoder = {
      decode: async () => {
        images.decoded += 1;
        return { width: 4, height: 4, close() {} } as unknown as ImageBitmap;
      },
      release: () => void (images.released += 1),
    };
    const statuses: string[] = [];
    const director = await AvatarDirector.create(pack, library, decoder, { itemStatus: (ref, status) => statuses.push(`${ref} ${status.state}`), changed: () => {} });
    const maya = pack.manifest.presets.find((preset) => preset.id === 'maya')!;
    director.sync(presetDocument(pack.manifest, maya), packs);
    const worn = () => director.live.wornSlots().sort();
    while (!worn().includes('outfit')) await new Promise((resolve) => setTimeout(resolve, 10));
    director.dispose();
    releaseHair();
    await director.settled();
    expect(worn()).not.toContain('hair');
    expect(statuses).not.toContain('core/long01 ready');
    expect(images.decoded).toBeGreaterThan(5);
    expect(images.released).toBe(images.decoded);
  });
});
