import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREVIEW_BODIES } from '../core/previewBodies';
import { loadPack, type LoadedPack } from './loadPack';
import { previewDocument } from './previewDocument';

async function corePacks(): Promise<Map<string, LoadedPack>> {
  const loaded = await loadPack('/packs/core/pack.json', async () => readFileSync('public/packs/core/pack.json', 'utf8'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return new Map([['core', loaded.value]]);
}

const [woman, , , man] = PREVIEW_BODIES;

describe('the document of a preview body', async () => {
  const packs = await corePacks();

  it('wears the previewed top over plain underwear, with the body values and the A pose', () => {
    expect(previewDocument(woman!, 'core/coat', packs)).toEqual({
      body: woman!.body,
      items: { eyes: 'core/highpolyeyes', underwearBottom: 'core/female-panties-01', underwearTop: 'core/female-top-01', top: 'core/coat' },
      colours: {},
      variants: {},
      pose: 'a',
    });
  });

  it('gives the masculine bodies no underwear top', () => {
    const document = previewDocument(man!, 'core/long01', packs);
    expect(typeof document !== 'string' && document.items).toEqual({ eyes: 'core/highpolyeyes', underwearBottom: 'core/female-panties-01', hair: 'core/long01' });
  });

  it('follows the slot rules: a swimsuit takes the underwear off, an item replaces the base one of its slot', () => {
    const swimsuit = previewDocument(woman!, 'core/f-one-piece-swimsuit-01', packs);
    expect(typeof swimsuit !== 'string' && swimsuit.items).toEqual({ eyes: 'core/highpolyeyes', underwear: 'core/f-one-piece-swimsuit-01' });
    const eyes = previewDocument(woman!, 'core/low-poly', packs);
    expect(typeof eyes !== 'string' && eyes.items.eyes).toBe('core/low-poly');
  });

  it('leaves out the base items when the core pack is not loaded, and says why an unknown item cannot be shown', () => {
    const other = { ...packs.get('core')!, manifest: { ...packs.get('core')!.manifest, id: 'other' } };
    const alone = new Map([['other', other]]);
    const document = previewDocument(woman!, 'other/coat', alone);
    expect(typeof document !== 'string' && document.items).toEqual({ top: 'other/coat' });
    expect(previewDocument(woman!, 'core/nothing', packs)).toBe('the pack "core" has no item "nothing"');
  });
});
