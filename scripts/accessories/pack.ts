/**
 * Generates the accessory pack into a folder: for every catalogue entry an unskinned GLB (validator-clean), a
 * thumbnail and its variants' palettes; then pack.json and LICENSES.md. Same inputs, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { blockingIssues, validateGlb } from '../bake/gltfValidation';
import { readReferenceBody } from './body';
import { ACCESSORIES } from './catalogue';
import { variantColours, type AccessoryEntry } from './catalogueTypes';
import { measureFit, type Fit } from './fit';
import { writeAccessoryGlb } from './glb';
import { accessoryManifest, glbPath, LICENCES_FILE, licencesText, thumbnailPath, variantPath } from './manifest';
import { leftSide, modelTriangles } from './model';
import { palettePng } from './palette';
import { renderThumbnail } from './thumbnail';

/** The most triangles one accessory may have. */
export const TRIANGLE_BUDGET = 15_000;

export interface GeneratedItem {
  id: string;
  slot: string;
  bone: string;
  triangles: number;
}

function write(outDir: string, path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(join(outDir, path)), { recursive: true });
  writeFileSync(join(outDir, path), bytes);
}

async function generateItem(outDir: string, entry: AccessoryEntry, fit: Fit): Promise<GeneratedItem> {
  const model = entry.build(fit, entry.id);
  const triangles = modelTriangles(model);
  if (triangles > TRIANGLE_BUDGET) throw new Error(`${entry.id} has ${triangles} triangles (budget ${TRIANGLE_BUDGET})`);
  const glb = await writeAccessoryGlb(model, await palettePng(entry.colours));
  const issues = blockingIssues(await validateGlb(glb));
  if (issues.length > 0) throw new Error(`${entry.id}.glb fails the glTF validator: ${issues.map((i) => `${i.code} ${i.message}`).join('; ')}`);
  write(outDir, glbPath(entry), glb);
  write(outDir, thumbnailPath(entry), await renderThumbnail(entry.thumbnailOfOne ? leftSide(model) : model, entry.colours, entry.view));
  for (const variant of entry.variants) write(outDir, variantPath(entry, variant.id), await palettePng(variantColours(entry, variant)));
  return { id: entry.id, slot: entry.slot, bone: entry.bone, triangles };
}

/** Writes the whole pack into `outDir` (which should be empty) from the reference body's GLB bytes. */
export async function generateAccessoryPack(outDir: string, bodyGlb: Uint8Array, entries: readonly AccessoryEntry[] = ACCESSORIES): Promise<GeneratedItem[]> {
  const manifest = accessoryManifest(entries);
  const fit = measureFit(await readReferenceBody(bodyGlb));
  const items: GeneratedItem[] = [];
  for (const entry of entries) items.push(await generateItem(outDir, entry, fit));
  write(outDir, LICENCES_FILE, licencesText(entries));
  write(outDir, 'pack.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return items;
}
