/**
 * Validating a designer's pack in the browser: the same report as `avatar-atelier validate-pack`. The validator code
 * (and the Khronos glTF Validator, a large module) loads on first use only.
 */
import { packAssetUrl, type LoadedPack } from '../packs/loadPack';
import type { PackReport, ValidateOptions } from '../packs/validate';
import { assetLibrary } from '../scene/assets';
import { avatarStore, readyPacks } from '../state';
import { loadCorePack } from './corePack';

let baseOptions: Promise<ValidateOptions> | null = null;

/** The core body's skeleton and the Khronos validator, made once. */
function optionsOnce(): Promise<ValidateOptions> {
  baseOptions ??= (async () => {
    const [core, validate] = await Promise.all([loadCorePack(), import('../packs/validate')]);
    const read = (path: string) => assetLibrary.bytes(packAssetUrl(core, path)).catch(() => null);
    const [skeleton, gltfValidator] = await Promise.all([validate.referenceSkeletonFromPack(read), validate.loadKhronosValidator().catch(() => null)]);
    return { skeleton, gltfValidator };
  })();
  baseOptions.catch(() => (baseOptions = null));
  return baseOptions;
}

/** Options for a pack: slots of the other loaded packs count as known. */
async function optionsFor(packId: string | null): Promise<ValidateOptions> {
  const [base, { DEFAULT_SLOTS }] = await Promise.all([optionsOnce(), import('../packs/validate')]);
  const others = [...readyPacks(avatarStore.getState().packs).values()].filter((pack: LoadedPack) => pack.manifest.id !== packId);
  return { ...base, knownSlots: [...DEFAULT_SLOTS, ...others.flatMap((pack) => pack.manifest.slots.map((slot) => slot.id))] };
}

export interface CheckedPack {
  report: PackReport;
  files: Map<string, Uint8Array>;
  /** Set for a lone GLB: the slot its drafted pack.json gives it, and why. */
  draft?: { slot: string; slotFrom: 'choice' | 'name' | 'default' };
}

export async function checkZip(bytes: Uint8Array): Promise<CheckedPack> {
  const [options, validate] = await Promise.all([optionsFor(null), import('../packs/validate')]);
  return validate.validatePackZip(bytes, options);
}

export async function checkFiles(files: Map<string, Uint8Array>): Promise<CheckedPack> {
  const [options, validate] = await Promise.all([optionsFor(null), import('../packs/validate')]);
  return { report: await validate.validatePack(files, options), files };
}

/** A lone GLB: a drafted pack.json around it (in the slot chosen, else the one its name suggests), then validated like any pack. */
export async function checkGlb(fileName: string, bytes: Uint8Array, slot?: string): Promise<CheckedPack> {
  const [options, validate] = await Promise.all([optionsFor(null), import('../packs/validate')]);
  const draft = await validate.draftPackForGlb(fileName, bytes, options.skeleton ?? null, slot);
  const checked = await checkFiles(draft.files);
  return { ...checked, draft: { slot: draft.manifest.assets[0]!.slot, slotFrom: draft.slotFrom } };
}

export async function usableManifest(checked: CheckedPack) {
  const { usablePack } = await import('../packs/validate');
  return usablePack(checked.files, checked.report);
}
