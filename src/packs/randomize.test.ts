import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BodyControl } from '../core/bodyControls';
import { randomAvatar } from './randomize';
import { PackManifest } from './schema';

/** A small seeded generator (mulberry32) so every run checks the same avatars. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('randomAvatar', () => {
  const pack = PackManifest.parse(JSON.parse(readFileSync('public/packs/core/pack.json', 'utf8')));
  const byRef = new Map(pack.assets.map((asset) => [`core/${asset.id}`, asset]));
  const controls = (JSON.parse(readFileSync('public/packs/core/body/shape.json', 'utf8')) as { controls: BodyControl[] }).controls;

  it('wears existing items in their own slots, suited to the body, with the outfit replacing top and bottom', () => {
    const random = seeded(7);
    const seen = new Set<string>();
    for (let run = 0; run < 200; run += 1) {
      const avatar = randomAvatar(pack, random, controls);
      seen.add(avatar.items.hair!);
      const feminine = (avatar.body.gender ?? 0.5) < 0.5;
      for (const [slot, ref] of Object.entries(avatar.items)) {
        const asset = byRef.get(ref);
        expect(asset?.slot, ref).toBe(slot);
        if (['hair', 'outfit', 'eyebrows', 'footwear'].includes(slot)) expect(asset!.tags).not.toContain(feminine ? 'male' : 'female');
      }
      expect(avatar.items.outfit).toBeDefined();
      expect(avatar.items.top ?? avatar.items.bottom).toBeUndefined();
      for (const [id, value] of Object.entries(avatar.body)) {
        const control = controls.find((c) => c.id === id)!;
        expect(value, id).toBeGreaterThanOrEqual(control.min);
        expect(value, id).toBeLessThanOrEqual(control.max);
      }
      expect(byRef.get(avatar.items.eyes!)!.variants.map((v) => v.id)).toContain(avatar.variants.eyes);
    }
    expect(seen.size).toBeGreaterThan(5);
  });
});
