import type { AvatarManifest } from '../core/manifest';
import { shortened } from '../core/validation';
import type { LoadedPack } from '../packs/loadPack';
import { resolveItem } from '../packs/itemRef';
import type { ShapeControl } from './shape';

/**
 * Checks a structurally valid manifest against what is loaded: packs, items, slots and control ranges. Problems quote
 * the manifest, whose references may be 100,000 characters long: each is shortened past 500.
 */
export function manifestProblems(manifest: AvatarManifest, packs: ReadonlyMap<string, LoadedPack>, controls: readonly ShapeControl[]): string[] {
  const problems = [...packProblems(manifest.packs, packs), ...itemProblems(manifest.items, packs), ...variantProblems(manifest, packs), ...bodyProblems(manifest.body, controls)];
  return problems.map(shortened);
}

/** A pack named with a content hash must be loaded with exactly that content: other content may fit differently. */
function packProblems(refs: AvatarManifest['packs'], packs: ReadonlyMap<string, LoadedPack>): string[] {
  return refs.flatMap((ref, i) => {
    const pack = packs.get(ref.id);
    if (!pack || !ref.hash || pack.hash === ref.hash) return [];
    return [`packs[${i}].hash: the loaded "${ref.id}" pack (version ${pack.manifest.version}) is not the one this avatar was made with (version ${ref.version})`];
  });
}

function variantProblems({ items, variants }: AvatarManifest, packs: ReadonlyMap<string, LoadedPack>): string[] {
  return Object.entries(variants).flatMap(([slot, variant]) => {
    // Own keys only: a variant for slot "constructor" must not find Object's constructor as the worn item.
    const ref = Object.hasOwn(items, slot) ? items[slot] : undefined;
    const resolved = ref ? resolveItem(ref, packs) : 'nothing is worn in this slot';
    if (typeof resolved === 'string') return [`variants.${slot}: ${resolved}`];
    return resolved.asset.variants.some((v) => v.id === variant) ? [] : [`variants.${slot}: "${ref}" has no variant "${variant}"`];
  });
}

function itemProblems(items: AvatarManifest['items'], packs: ReadonlyMap<string, LoadedPack>): string[] {
  return Object.entries(items).flatMap(([slot, ref]) => {
    const resolved = resolveItem(ref, packs);
    if (typeof resolved === 'string') return [`items.${slot}: ${resolved}`];
    if (resolved.asset.slot !== slot) return [`items.${slot}: "${ref}" is worn in the ${resolved.asset.slot} slot, not ${slot}`];
    return [];
  });
}

function bodyProblems(body: AvatarManifest['body'], controls: readonly ShapeControl[]): string[] {
  const byId = new Map(controls.map((control) => [control.id, control]));
  return Object.entries(body).flatMap(([id, value]) => {
    const control = byId.get(id);
    if (!control) return [`body.${id}: there is no body control with this name`];
    if (value < control.min || value > control.max) return [`body.${id}: ${value} is outside its range (${control.min} to ${control.max})`];
    return [];
  });
}
