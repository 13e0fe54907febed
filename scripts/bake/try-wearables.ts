/**
 * Bakes the wearables, skins and LICENSES.md into a folder and prints what came out:
 * `npx tsx scripts/bake/try-wearables.ts /tmp/wearout`
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AssetInput } from './catalogueTypes';
import { writeLicences } from './licences';
import { bakeSkins } from './skins';
import { bakeAllWearables, writePackFiles, type BakedWearable } from './wearables';

/** A plausible first look: casual suit, sneakers, short hair, eyes, brows, lashes. */
const DEFAULT_OUTFIT = ['male-casualsuit04', 'shoes05', 'short02', 'highpolyeyes', 'eyebrow001', 'eyelashes01'];

function fileBytes(outDir: string, asset: AssetInput): number {
  const paths = [asset.glb, asset.texture, asset.thumbnail, ...(asset.variants ?? []).map((v) => v.texture)];
  return paths.filter((p): p is string => !!p).reduce((sum, p) => sum + statSync(join(outDir, p)).size, 0);
}

async function main(outDir: string): Promise<void> {
  const started = performance.now();
  mkdirSync(outDir, { recursive: true });
  const baked = await bakeAllWearables();
  await writePackFiles(outDir, baked.flatMap((item) => [...item.files]));
  const wearables = baked.map((item) => item.asset);
  const wearablesDone = performance.now();
  const skins = await bakeSkins(outDir);
  const assets = [...wearables, ...skins];
  writeLicences(outDir, assets);
  writeFileSync(join(outDir, 'assets.json'), JSON.stringify(assets, null, 2));
  const seconds = (performance.now() - started) / 1000;

  const perSlot = new Map<string, number>();
  for (const asset of assets) perSlot.set(asset.slot, (perSlot.get(asset.slot) ?? 0) + 1);
  console.log(`assets: ${assets.length} (${wearables.length} wearables, ${skins.length} skins)`);
  for (const [slot, count] of perSlot) console.log(`  ${slot.padEnd(16)} ${count}`);
  const total = assets.reduce((sum, asset) => sum + fileBytes(outDir, asset), 0);
  console.log(`total bytes (glb + textures + thumbnails + variants): ${(total / 1e6).toFixed(2)} MB`);
  const outfit = DEFAULT_OUTFIT.map((id) => assets.find((asset) => asset.id === id)!);
  const glbs = outfit.reduce((sum, asset) => sum + statSync(join(outDir, asset.glb!)).size, 0);
  console.log(`default outfit (${DEFAULT_OUTFIT.join(', ')}): ${(glbs / 1e6).toFixed(2)} MB of GLB`);
  console.log(`time: ${seconds.toFixed(1)} s (wearables ${((wearablesDone - started) / 1000).toFixed(1)} s)`);
  printLooks(baked);
}

/** How each item is drawn: alpha mode (with cutoff) and sidedness. */
function printLooks(baked: readonly BakedWearable[]): void {
  const groups = new Map<string, string[]>();
  for (const { asset, look } of baked) {
    const key = `${look.alphaMode}${look.alphaCutoff ? ` ${look.alphaCutoff}` : ''}, ${look.doubleSided ? 'double-sided' : 'single-sided'}`;
    groups.set(key, [...(groups.get(key) ?? []), asset.id]);
  }
  for (const [key, ids] of groups) console.log(`${key} (${ids.length}): ${ids.join(' ')}`);
}

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: npx tsx scripts/bake/try-wearables.ts <output folder>');
  process.exit(1);
}
await main(outDir);
