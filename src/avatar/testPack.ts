/** Test helper: the real baked core pack read from public/packs/core with Node's fs (run `npm run bake` first). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Asset, PackManifest } from '../packs/schema';
import type { AssetData } from './assetData';
import type { PoseRotations } from './poses';
import { readGlb } from './readGlb';
import { applyShape, clampShapeValues, parseShapeData, type ShapeModel, type ShapeValues } from './shape';

const PACK_DIR = 'public/packs/core';

/**
 * Large shape changes: both genders at the tall, heavy, muscular and the short, thin, weak extremes, and an old
 * body (age 90) with the settings that move the head furthest (found by trying every macro extreme).
 */
export const EXTREME_SHAPES: Record<string, ShapeValues> = {
  'tall heavy man': { gender: 1, weight: 1, muscle: 1, height: 1 },
  'tall heavy woman': { gender: 0, weight: 1, muscle: 1, height: 1 },
  'short slim man': { gender: 1, weight: 0, muscle: 0, height: 0 },
  'short slim woman': { gender: 0, weight: 0, muscle: 0, height: 0 },
  'old short woman': { gender: 0, age: 1, weight: 0, muscle: 1, height: 0, proportions: 0 },
};

export interface TestPack {
  manifest: PackManifest;
  body: AssetData;
  shape: ShapeModel;
  /** Named poses from body/poses.json, by pose id. */
  poses: Record<string, PoseRotations>;
  /** The pack.json entry of an asset. */
  asset(id: string): Asset;
  /** An item's GLB, read once. */
  item(id: string): Promise<AssetData>;
  /** MakeHuman vertex positions (metres) for control values, clamped like the app does. */
  shaped(values: Readonly<ShapeValues>): Float32Array;
}

let cached: Promise<TestPack> | null = null;

export function loadCorePackForTests(): Promise<TestPack> {
  cached ??= load();
  return cached;
}

async function load(): Promise<TestPack> {
  if (!existsSync(join(PACK_DIR, 'pack.json'))) throw new Error('public/packs/core is missing: run `npm run bake` first');
  const manifest = PackManifest.parse(JSON.parse(readFileSync(join(PACK_DIR, 'pack.json'), 'utf8')));
  const file = (path: string) => new Uint8Array(readFileSync(join(PACK_DIR, path)));
  const json = (path: string): unknown => JSON.parse(readFileSync(join(PACK_DIR, path), 'utf8'));
  const bodyEntry = manifest.body;
  if (!bodyEntry?.poses) throw new Error('the core pack has no body or no poses: run `npm run bake` first');
  const body = await readGlb(file(bodyEntry.glb));
  const shape = parseShapeData(json(bodyEntry.shape), file(bodyEntry.shapeData).slice().buffer);
  const poseFile = json(bodyEntry.poses) as { poses: Record<string, { rotations: PoseRotations }> };
  const poses = Object.fromEntries(Object.entries(poseFile.poses).map(([id, pose]) => [id, pose.rotations]));
  const asset = (id: string) => {
    const found = manifest.assets.find((a) => a.id === id);
    if (!found) throw new Error(`the core pack has no asset "${id}"`);
    return found;
  };
  const items = new Map<string, Promise<AssetData>>();
  const item = (id: string) => {
    let data = items.get(id);
    if (!data) {
      data = readGlb(file(asset(id).glb!));
      items.set(id, data);
    }
    return data;
  };
  const shaped = (values: Readonly<ShapeValues>) => {
    const out = new Float32Array(shape.vertexCount * 3);
    applyShape(shape, clampShapeValues(shape, values), out);
    return out;
  };
  return { manifest, body, shape, poses, asset, item, shaped };
}
