/** Rules over the whole pack.json: duplicate ids, unknown slots, presets naming missing assets, missing and unused files. */
import { finding, type Finding } from './findings';
import type { LenientManifest } from './manifestStage';
import type { PathField } from './pathFields';

const PLACE = { file: 'pack.json' };

export function duplicateIdFindings(manifest: LenientManifest): Finding[] {
  const findings: Finding[] = [];
  const check = (ids: { id: string; pointer: string; asset?: string }[], what: string) => {
    const seen = new Set<string>();
    for (const { id, pointer, asset } of ids) {
      if (seen.has(id)) findings.push(finding('DUPLICATE_ID', `Two ${what} have the id "${id}"; the second (${pointer}) would hide the first.`, { ...PLACE, pointer, asset }));
      seen.add(id);
    }
  };
  check(manifest.assets.map(({ asset, index }) => ({ id: asset.id, pointer: `/assets/${index}/id`, asset: asset.id })), 'assets');
  check(manifest.presets.map(({ preset, index }) => ({ id: preset.id, pointer: `/presets/${index}/id` })), 'presets');
  for (const { asset, index } of manifest.assets) {
    check(asset.variants.map((variant, j) => ({ id: variant.id, pointer: `/assets/${index}/variants/${j}/id`, asset: asset.id })), `variants of "${asset.id}"`);
  }
  return findings;
}

export function unknownSlotFindings(manifest: LenientManifest, knownSlots: readonly string[]): Finding[] {
  const known = new Set([...knownSlots, ...manifest.slots]);
  return manifest.assets
    .filter(({ asset }) => !known.has(asset.slot))
    .map(({ asset, index }) =>
      finding('SLOT_UNKNOWN', `"${asset.id}" goes in slot "${asset.slot}", which neither the app nor this pack declares, so the editor would not show it.`, { ...PLACE, pointer: `/assets/${index}/slot`, asset: asset.id }),
    );
}

export function presetFindings(manifest: LenientManifest): Finding[] {
  const assets = new Map(manifest.assets.map(({ asset }) => [asset.id, asset]));
  return manifest.presets.flatMap(({ preset, index }) =>
    Object.entries(preset.items).flatMap(([slot, id]) => {
      const place = { ...PLACE, pointer: `/presets/${index}/items/${slot}` };
      const asset = assets.get(id);
      if (!asset) return [finding('PRESET_UNKNOWN_ASSET', `Preset "${preset.id}" wears "${id}" in ${slot}, but the pack has no asset "${id}".`, place)];
      if (asset.slot !== slot) return [finding('PRESET_SLOT_MISMATCH', `Preset "${preset.id}" wears "${id}" in ${slot}, but "${id}" is a ${asset.slot} item.`, place)];
      return [];
    }),
  );
}

/** Named files that are absent (a missing thumbnail only warns: one is generated), and files nothing names. */
export function fileFindings(paths: readonly PathField[], files: ReadonlyMap<string, Uint8Array>): Finding[] {
  const lowerCase = new Map([...files.keys()].map((path) => [path.toLowerCase(), path]));
  const missing = paths
    .filter((path) => !files.has(path.value))
    .map((path) => {
      const other = lowerCase.get(path.value.toLowerCase());
      const hint = other ? ` The pack has "${other}": paths are case-sensitive on web servers.` : '';
      const place = { asset: path.asset, file: path.value, pointer: path.pointer };
      if (path.role === 'thumbnail') return finding('THUMBNAIL_MISSING', `${path.field} names "${path.value}", which is not in the pack; a thumbnail will be generated.${hint}`, place);
      return finding('FILE_MISSING', `${path.field} names "${path.value}", which is not in the pack.${hint}`, place);
    });
  const named = new Set(paths.map((path) => path.value));
  const unused = [...files.keys()]
    .filter((file) => file !== 'pack.json' && !named.has(file) && !file.split('/').some((part) => part.startsWith('.')))
    .map((file) => finding('FILE_UNUSED', `"${file}" is in the pack but pack.json does not use it.`, { file }));
  return [...missing, ...unused];
}
