/**
 * Checks the baked core pack as the app serves it (public/packs/core, written by `npm run bake`, which
 * `npm test` runs before the unit tests): schema, files, licences and size budgets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackManifest } from '../../src/packs/schema';
import { neverShipIds } from './catalogue';

const PACK_DIR = 'public/packs/core';
const MB = 1024 * 1024;

function readPack(): PackManifest {
  if (!existsSync(join(PACK_DIR, 'pack.json'))) throw new Error('public/packs/core is missing: run `npm run bake` first');
  return PackManifest.parse(JSON.parse(readFileSync(join(PACK_DIR, 'pack.json'), 'utf8')));
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? folderBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  );
}

const fileBytes = (path: string) => statSync(join(PACK_DIR, path)).size;

describe('the baked core pack', () => {
  const pack = readPack();

  it('names only files that exist', () => {
    const paths = [
      pack.body!.glb, pack.body!.shape, pack.body!.shapeData, pack.body!.poses!, pack.licences!,
      ...pack.assets.flatMap((a) => [a.glb, a.texture, a.thumbnail, ...a.variants.map((v) => v.texture)]),
    ].filter((p): p is string => typeof p === 'string');
    expect(paths.filter((p) => !existsSync(join(PACK_DIR, p)))).toEqual([]);
  });

  it('ships nothing from the never-ship list and credits every item in LICENSES.md', () => {
    const banned = neverShipIds();
    expect(pack.assets.filter((a) => banned.has(a.id)).map((a) => a.id)).toEqual([]);
    const licences = readFileSync(join(PACK_DIR, pack.licences!), 'utf8');
    for (const asset of pack.assets) {
      expect(asset.licence.spdx === 'CC0-1.0' || /^CC-BY-/.test(asset.licence.spdx)).toBe(true);
      expect(licences).toContain(asset.id);
    }
  });

  it('has at least 8 presets that wear existing items in their slots, fully dressed', () => {
    expect(pack.presets.length).toBeGreaterThanOrEqual(8);
    const slotOf = new Map(pack.assets.map((a) => [a.id, a.slot]));
    for (const preset of pack.presets) {
      for (const [slot, id] of Object.entries(preset.items)) expect(`${slot}=${slotOf.get(id)}`).toBe(`${slot}=${slot}`);
      const covered = ['outfit', 'underwear'].some((s) => preset.items[s]) || (preset.items.top && preset.items.bottom);
      expect(covered, `${preset.id} is dressed`).toBeTruthy();
    }
  });

  it('keeps the default avatar ≤ 2.5 MB and the whole pack ≤ 40 MB', () => {
    const preset = pack.presets[0]!;
    const worn = Object.values(preset.items).map((id) => pack.assets.find((a) => a.id === id)!);
    const defaultBytes =
      fileBytes('pack.json') + fileBytes(pack.body!.glb) + fileBytes(pack.body!.poses!) +
      worn.reduce((sum, a) => sum + fileBytes((a.glb ?? a.texture)!), 0);
    console.log(`default avatar: ${(defaultBytes / MB).toFixed(2)} MB; pack: ${(folderBytes(PACK_DIR) / MB).toFixed(1)} MB`);
    expect(defaultBytes).toBeLessThanOrEqual(2.5 * MB);
    expect(folderBytes(PACK_DIR)).toBeLessThanOrEqual(40 * MB);
  });
});
