import { avatarFiles, rawPackFiles } from '../packs/avatarFiles';
import { loadPack, packFolderUrl, type LoadedPack } from '../packs/loadPack';
import { presetDocument } from '../packs/presets';
import { avatarStore } from '../state';
import { fetchText } from './fetchText';
import { prepareFile } from './preloadItem';

export const CORE_PACK_ID = 'core';
export const CORE_PACK_URL = `${import.meta.env.BASE_URL}packs/${CORE_PACK_ID}/pack.json`;

let corePack: Promise<LoadedPack> | null = null;
let corePackText: Promise<string> | null = null;
let firstAvatarPrefetch: Promise<void> | null = null;

/** Starts downloading the core pack's pack.json, once: it is small, and everything else waits for it. */
export function downloadCorePack(): Promise<string> {
  if (!corePackText) {
    corePackText = fetchText(CORE_PACK_URL);
    corePackText.catch(() => {}); // not unhandled while nothing awaits it yet: loadCorePack reports the failure
  }
  return corePackText;
}

/**
 * Once pack.json is in, starts downloading the files of the avatar the editor will show (the saved one, or the first
 * preset), parsing its models and decoding their images, while the pack's check runs.
 */
export function prefetchFirstAvatar(): void {
  firstAvatarPrefetch ??= downloadCorePack().then(prefetchAvatarFiles, () => {}); // a failure is reported by loadCorePack
}

function prefetchAvatarFiles(packText: string): void {
  const pack = rawPackFiles(packText);
  if (!pack) return; // loadCorePack says what is wrong with it
  const saved = avatarStore.getState().avatar;
  const preset = pack.presets[0];
  const presetItems = Object.fromEntries(Object.entries(preset?.items ?? {}).map(([slot, id]) => [slot, `${pack.id}/${id}`]));
  const worn = Object.keys(saved.items).length > 0 ? saved : { items: presetItems, variants: preset?.variants };
  const folder = packFolderUrl(CORE_PACK_URL);
  for (const path of avatarFiles(pack, worn)) prepareFile(folder + path); // failures are reported when worn
}

/** Loads the core pack once; a first visit (nothing saved) starts from its first preset, with no undo step. */
export function loadCorePack(): Promise<LoadedPack> {
  corePack ??= loadAndRegister();
  return corePack;
}

async function loadAndRegister(): Promise<LoadedPack> {
  const store = avatarStore.getState();
  store.setPackEntry(CORE_PACK_ID, { status: 'loading', url: CORE_PACK_URL });
  prefetchFirstAvatar();
  const result = await loadPack(CORE_PACK_URL, downloadCorePack);
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
