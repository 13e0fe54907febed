/** Test helper: small packs as file maps, built from a valid pack.json that each test breaks in one place. */
import { noisePng } from './testImages';

const CC0 = { spdx: 'CC0-1.0', author: 'Tests' };
const THUMBNAIL = noisePng(128, 128);

export function assetEntry(id: string, slot: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, slot, name: { en: id, fr: id }, thumbnail: `thumbs/${id}.png`, licence: CC0, ...fields };
}

export function manifestWith(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'avatar-atelier/pack', formatVersion: 1, id: 'tests', version: '1.0.0', name: { en: 'Tests', fr: 'Tests' }, licence: CC0, authors: ['Tests'], assets: [], ...fields };
}

/** pack.json (from an object, or raw text) plus files; every asset's thumbnail is added unless `files` says otherwise. */
export function packFiles(manifest: Record<string, unknown> | string, files: Record<string, Uint8Array> = {}): Map<string, Uint8Array> {
  const map = new Map<string, Uint8Array>();
  if (typeof manifest !== 'string') {
    for (const asset of (manifest.assets ?? []) as { thumbnail?: unknown }[]) if (typeof asset.thumbnail === 'string') map.set(asset.thumbnail, THUMBNAIL);
  }
  map.set('pack.json', new TextEncoder().encode(typeof manifest === 'string' ? manifest : JSON.stringify(manifest, null, 2)));
  for (const [path, bytes] of Object.entries(files)) map.set(path, bytes);
  return map;
}
