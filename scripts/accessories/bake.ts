/**
 * The accessory pack's step of `npm run bake`: skipped when its inputs (this folder's code, the pack schema, the
 * reference body, the packages it writes with) are unchanged; otherwise built into a temporary folder and swapped
 * in only when complete and valid, so a failed bake never leaves a partial pack that looks complete.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESSORY_PACK_ID } from './manifest';

const STAMP = '.bake-stamp';
const CODE_FOLDER = 'scripts/accessories';
/** Modules from elsewhere that the generator uses. */
const CODE_FILES = ['src/packs/schema.ts', 'src/core/colour.ts', 'scripts/bake/gltfValidation.ts'];
const PACKAGES = ['@gltf-transform/core', '@gltf-transform/extensions', 'sharp', 'zod', 'gltf-validator'];

export const bodyGlbIn = (packsDir: string): string => join(packsDir, 'core', 'body', 'body.glb');

/** Hash of everything that decides the pack's bytes (not tests, their helpers or the preview tool). */
export function accessoryInputHash(packsDir: string): string {
  const hash = createHash('sha256');
  const code = readdirSync(CODE_FOLDER)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !/^(try-|test)/.test(name))
    .sort()
    .map((name) => join(CODE_FOLDER, name));
  for (const file of [...code, ...CODE_FILES]) hash.update(file).update(readFileSync(file));
  for (const name of PACKAGES) hash.update(name).update(readFileSync(join('node_modules', name, 'package.json')));
  return hash.update(readFileSync(bodyGlbIn(packsDir))).digest('hex');
}

/** Bakes `packsDir`/accessories unless it is up to date; returns a one-line report. */
export async function bakeAccessoryPack(packsDir = 'public/packs', force = false): Promise<string> {
  const started = performance.now();
  const outDir = join(packsDir, ACCESSORY_PACK_ID);
  const stampFile = join(outDir, STAMP);
  const hash = accessoryInputHash(packsDir);
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return `accessory pack is up to date`;
  const { generateAccessoryPack } = await import('./pack');
  const building = join(packsDir, `.${ACCESSORY_PACK_ID}-building`);
  rmSync(building, { recursive: true, force: true });
  const items = await generateAccessoryPack(building, readFileSync(bodyGlbIn(packsDir)));
  writeFileSync(join(building, STAMP), hash);
  rmSync(outDir, { recursive: true, force: true });
  renameSync(building, outDir);
  const triangles = items.reduce((sum, item) => sum + item.triangles, 0);
  return `wrote ${outDir}: ${items.length} accessories, ${triangles} triangles in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}
