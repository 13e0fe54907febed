/**
 * Test helper: stand-ins for the app's two download modules (corePack, scene/assets) that read the baked core pack
 * from public/packs/core, so the app's manifest loader runs in Node with everything else real.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShapeData, type ShapeModel } from '../../avatar/shape';
import { loadPack, type LoadedPack } from '../../packs/loadPack';
import { avatarStore } from '../../state';

const PACK_DIR = 'public/packs/core';
const PACK_URL = '/packs/core/pack.json';

let corePack: Promise<LoadedPack> | null = null;

/** Loads the core pack once and registers it in the store as ready, as the app's loadCorePack does. */
async function loadCorePackFromDisk(): Promise<LoadedPack> {
  const loaded = await loadPack(PACK_URL, async () => readFileSync(join(PACK_DIR, 'pack.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`public/packs/core is missing or broken (run \`npm run bake\`): ${loaded.errors.join('; ')}`);
  avatarStore.getState().setPackEntry('core', { status: 'ready', url: PACK_URL, pack: loaded.value });
  return loaded.value;
}

export function diskCorePackModule() {
  return { loadCorePack: () => (corePack ??= loadCorePackFromDisk()) };
}

let shape: ShapeModel | null = null;

export function diskShapeModule() {
  return {
    shapeModelOf: async (pack: LoadedPack): Promise<ShapeModel> => {
      const body = pack.manifest.body!;
      shape ??= parseShapeData(JSON.parse(readFileSync(join(PACK_DIR, body.shape), 'utf8')), readFileSync(join(PACK_DIR, body.shapeData)).buffer.slice(0));
      return shape;
    },
  };
}
