import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../packs/loadPack';
import { presetDocument } from '../../packs/presets';
import { AvatarDirector } from './AvatarDirector';
import { countingDecoder, fileLibrary } from './testLibrary';

const HAIR_URL = '/packs/core/items/long01.glb';

describe('the avatar director', async () => {
  const loaded = await loadPack('/packs/core/pack.json', async () => readFileSync('public/packs/core/pack.json', 'utf8'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const pack = loaded.value;
  const packs = new Map([['core', pack]]);

  it('frees the items that arrive after it was disposed instead of putting them on: every decoded image is given back', async () => {
    let releaseHair = () => {};
    const library = fileLibrary({ url: HAIR_URL, until: new Promise<void>((resolve) => (releaseHair = resolve)) });
    const { counts: images, decoder } = countingDecoder();
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
