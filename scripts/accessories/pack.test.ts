/** The generated pack, end to end: files, schema, validator, skeleton, thumbnails, determinism and the bake step. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackManifest } from '../../src/packs/schema';
import { blockingIssues, validateGlb } from '../bake/gltfValidation';
import { bakeAccessoryPack, bodyGlbIn } from './bake';
import { readReferenceBody, REFERENCE_BODY_GLB } from './body';
import { generateAccessoryPack, TRIANGLE_BUDGET } from './pack';

const CORE_SLOTS = ['glasses', 'headwear'];
let workDir: string;
let packDir: string;

/** Every file under a folder, as relative path → bytes. */
function filesUnder(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path));
    }
  };
  walk(folder);
  return files;
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'accessory-pack-'));
  mkdirSync(join(workDir, 'packs', 'core', 'body'), { recursive: true });
  copyFileSync(REFERENCE_BODY_GLB, bodyGlbIn(join(workDir, 'packs')));
  await bakeAccessoryPack(join(workDir, 'packs'));
  packDir = join(workDir, 'packs', 'accessories');
}, 120_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const manifest = () => PackManifest.parse(JSON.parse(readFileSync(join(packDir, 'pack.json'), 'utf8')));

describe('the accessory pack', () => {
  it('has a pack.json the pack schema accepts, with at least 12 CC0 rigid accessories', () => {
    const pack = manifest();
    expect(pack.id).toBe('accessories');
    expect(pack.assets.length).toBeGreaterThanOrEqual(12);
    for (const asset of pack.assets) {
      expect(asset.licence.spdx, asset.id).toBe('CC0-1.0');
      expect(asset.attach, asset.id).toBeDefined();
      expect([...CORE_SLOTS, ...pack.slots.map((s) => s.id)], asset.id).toContain(asset.slot);
    }
  });

  it('carries every item on a bone of the core skeleton', async () => {
    const joints = (await readReferenceBody()).joints;
    for (const asset of manifest().assets) expect(joints.has(asset.attach!.bone), `${asset.id}: ${asset.attach!.bone}`).toBe(true);
  });

  it('ships every file pack.json names, and nothing else', () => {
    const pack = manifest();
    const named = [pack.licences!, ...pack.assets.flatMap((a) => [a.glb!, a.thumbnail, ...a.variants.map((v) => v.texture!)]), 'pack.json', '.bake-stamp'];
    expect([...filesUnder(packDir).keys()].sort()).toEqual([...new Set(named)].sort());
  });

  it('has GLBs that pass the Khronos validator with no errors or warnings, unskinned and within budget', async () => {
    for (const asset of manifest().assets) {
      const report = await validateGlb(readFileSync(join(packDir, asset.glb!)));
      expect(blockingIssues(report), asset.id).toEqual([]);
      expect(report.info.hasSkins, asset.id).toBe(false);
      expect(report.info.totalTriangleCount, asset.id).toBeGreaterThan(200);
      expect(report.info.totalTriangleCount, asset.id).toBeLessThanOrEqual(TRIANGLE_BUDGET);
    }
  });

  it('has square, non-empty 256 px thumbnails and 16 px palette variants', async () => {
    for (const asset of manifest().assets) {
      const { data, info } = await sharp(join(packDir, asset.thumbnail!)).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height, info.channels], asset.id).toEqual([256, 256, 4]);
      const drawn = Array.from({ length: 256 * 256 }, (_, i) => data[i * 4 + 3]! > 40).filter(Boolean).length;
      expect(drawn, asset.id).toBeGreaterThan(256 * 256 * 0.03);
      expect(data[3], `${asset.id}: transparent corner`).toBe(0);
      for (const variant of asset.variants) expect((await sharp(join(packDir, variant.texture!)).metadata()).width).toBe(16);
    }
  });

  it('writes the same bytes when generated again', async () => {
    const again = join(workDir, 'again');
    await generateAccessoryPack(again, readFileSync(REFERENCE_BODY_GLB));
    const [first, second] = [filesUnder(packDir), filesUnder(again)];
    first.delete('.bake-stamp');
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, bytes] of first) expect(bytes.equals(second.get(path)!), path).toBe(true);
  }, 120_000);

  it('is skipped by the bake while its inputs are unchanged', async () => {
    expect(await bakeAccessoryPack(join(workDir, 'packs'))).toBe('accessory pack is up to date');
    expect(existsSync(join(workDir, 'packs', '.accessories-building'))).toBe(false);
  });
});
