/**
 * The part of a validated pack the app can use: pack.json without the assets (and presets) that have errors, so
 * a designer can preview the good items of a pack while fixing the rest. Null when an error concerns the whole
 * pack (unreadable archive or pack.json, schema errors outside assets, a missing body file).
 */
import { PackManifest } from '../schema';
import type { PackReport } from './types';

export function usablePack(files: ReadonlyMap<string, Uint8Array>, report: PackReport): PackManifest | null {
  const errors = report.findings.filter((f) => f.severity === 'error');
  const brokenPresets = new Set(errors.flatMap((f) => (/^\/presets\/(\d+)/.exec(f.pointer ?? '') ?? []).slice(1, 2).map(Number)));
  if (errors.some((f) => f.asset === undefined && !/^\/presets\/\d+/.test(f.pointer ?? ''))) return null;
  const rejected = new Set(errors.map((f) => f.asset));
  let raw: { assets?: unknown; presets?: unknown };
  try {
    raw = JSON.parse(new TextDecoder().decode(files.get('pack.json'))) as typeof raw;
  } catch {
    return null;
  }
  const assets = (Array.isArray(raw.assets) ? raw.assets : []).filter((asset: { id?: unknown }) => !rejected.has(String(asset?.id)));
  const kept = new Set(assets.map((asset: { id?: unknown }) => asset.id));
  const presets = (Array.isArray(raw.presets) ? raw.presets : []).filter(
    (preset: { items?: Record<string, unknown> }, index) => !brokenPresets.has(index) && Object.values(preset?.items ?? {}).every((id) => kept.has(id)),
  );
  const parsed = PackManifest.safeParse({ ...raw, assets, presets });
  return parsed.success ? parsed.data : null;
}
