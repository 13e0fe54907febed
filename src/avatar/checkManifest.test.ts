import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { restoreManifest, type AvatarManifest } from '../core/manifest';
import { loadPack, type LoadedPack } from '../packs/loadPack';
import { packContentHash } from '../packs/packHash';
import { manifestProblems } from './checkManifest';
import { loadCorePackForTests } from './testPack';
import type { ShapeControl } from './shape';

const PACK_JSON = 'public/packs/core/pack.json';
let packs: Map<string, LoadedPack>;
let controls: readonly ShapeControl[];

function manifest(fields: Record<string, unknown>): AvatarManifest {
  const restored = restoreManifest({ format: 'avatar-atelier/manifest', version: 1, ...fields });
  if (!restored.ok) throw new Error(restored.errors.join('; '));
  return restored.value;
}

beforeAll(async () => {
  const loaded = await loadPack('/packs/core/pack.json', async () => readFileSync(PACK_JSON, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  packs = new Map([['core', loaded.value]]);
  controls = (await loadCorePackForTests()).shape.controls;
});

describe('manifest checks against the loaded packs', () => {
  it('accepts a manifest made with this very pack', () => {
    const core = packs.get('core')!;
    const ok = manifest({ items: { hair: 'core/bob01' }, body: { weight: 0.7 }, packs: [{ id: 'core', version: core.manifest.version, url: '/packs/core/pack.json', hash: core.hash }] });
    expect(manifestProblems(ok, packs, controls)).toEqual([]);
  });

  it('hashes pack.json exactly as served', () => {
    expect(packs.get('core')!.hash).toBe(packContentHash(readFileSync(PACK_JSON, 'utf8')));
  });

  it('names each problem: other pack content, unknown items, wrong slots, values out of range', () => {
    const otherHash = packContentHash('{"another":"pack"}');
    const bad = manifest({
      packs: [{ id: 'core', version: '0.9.0', url: '/packs/core/pack.json', hash: otherHash }],
      items: { hair: 'core/no-such-hair', footwear: 'core/bob01', hat: 'elsewhere/cap' },
      body: { weight: 3, wingspan: 0.5 },
    });
    expect(manifestProblems(bad, packs, controls)).toEqual([
      expect.stringMatching(/^packs\[0\]\.hash: the loaded "core" pack \(version .+\) is not the one this avatar was made with \(version 0\.9\.0\)$/),
      'items.hair: the pack "core" has no item "no-such-hair"',
      'items.footwear: "core/bob01" is worn in the hair slot, not footwear',
      'items.hat: the pack "elsewhere" is not loaded',
      expect.stringMatching(/^body\.weight: 3 is outside its range/),
      'body.wingspan: there is no body control with this name',
    ]);
  });
});
