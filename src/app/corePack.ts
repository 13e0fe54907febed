import { loadGlbReader } from '../avatar/AssetLibrary';
import { loadPack, type LoadedPack } from '../packs/loadPack';
import { presetDocument } from '../packs/presets';
import { avatarStore } from '../state';

export const CORE_PACK_ID = 'core';
export const CORE_PACK_URL = `${import.meta.env.BASE_URL}packs/${CORE_PACK_ID}/pack.json`;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText || 'error'}`);
  return response.text();
}

let corePack: Promise<LoadedPack> | null = null;
let corePackText: Promise<string> | null = null;

/** Starts downloading the core pack's pack.json and the GLB reader's code: both overlap the first frame. */
export function prefetchCorePack(): void {
  corePackText ??= fetchText(CORE_PACK_URL);
  corePackText.catch(() => {}); // reported by loadCorePack
  loadGlbReader().catch(() => {}); // a failure shows when the first GLB is read
}

/** Loads the core pack once; a first visit (nothing saved) starts from its first preset, with no undo step. */
export function loadCorePack(): Promise<LoadedPack> {
  corePack ??= loadAndRegister();
  return corePack;
}

async function loadAndRegister(): Promise<LoadedPack> {
  const store = avatarStore.getState();
  store.setPackEntry(CORE_PACK_ID, { status: 'loading', url: CORE_PACK_URL });
  prefetchCorePack();
  const result = await loadPack(CORE_PACK_URL, () => corePackText!);
  if (!result.ok) {
    store.setPackEntry(CORE_PACK_ID, { status: 'error', url: CORE_PACK_URL, errors: result.errors });
    throw new Error(`The core pack could not be loaded: ${result.errors.join('; ')}`);
  }
  store.setPackEntry(CORE_PACK_ID, { status: 'ready', url: CORE_PACK_URL, pack: result.value });
  const firstPreset = result.value.manifest.presets[0];
  if (firstPreset && Object.keys(avatarStore.getState().avatar.items).length === 0) {
    avatarStore.getState().replaceAvatar(presetDocument(result.value.manifest, firstPreset));
    avatarStore.getState().setStartingPreset(firstPreset.id);
    avatarStore.temporal.getState().clear();
  }
  return result.value;
}
