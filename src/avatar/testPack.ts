/** Test helper: the real baked core pack read from public/packs/core with Node's fs (run `npm run bake` first). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackManifest } from '../packs/schema';
import type { AssetData } from './assetData';
import { readGlb } from './readGlb';
import { parseShapeData, type ShapeModel } from './shape';

const PACK_DIR = 'public/packs/core';

export interface TestPack {
  manifest: PackManifest;
  body: AssetData;
  shape: ShapeModel;
  item(id: string): Promise<AssetData>;
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
  const body = await readGlb(file(manifest.body!.glb));
  const shape = parseShapeData(JSON.parse(readFileSync(join(PACK_DIR, manifest.body!.shape), 'utf8')), file(manifest.body!.shapeData).slice().buffer);
  const item = (id: string) => readGlb(file(manifest.assets.find((asset) => asset.id === id)!.glb!));
  return { manifest, body, shape, item };
}
