/**
 * Packs a designer brings: files (a zip, a folder, a lone GLB) or a URL. Each is validated; its usable part (the
 * assets without errors) is loaded next to the other packs and its report shown. Packs from files are kept in the
 * browser until removed. Nothing is uploaded, and a refused pack changes nothing else.
 */
import { fetchBytesOverHttp } from '../avatar/AssetLibrary';
import { loadedPack } from '../packs/loadPack';
import { packPath } from '../packs/schema';
import { assetLibrary } from '../scene/assets';
import { excludesFromPacks } from '../packs/excludes';
import { DEFAULT_DRAFT_SLOT, guessSlot } from '../packs/validate/guessSlot';
import { avatarStore, beginGesture, readyPacks } from '../state';
import { downloadFile } from './download';
import { builtPackHosts, packUrlAllowed } from './packHosts';
import { checkFiles, checkGlb, checkZip, usableManifest, type CheckedPack } from './packValidation';
import { forgetPack, savePack, savedPacks } from './savedPacks';

/** A folder's files arrive with their paths; the pack is the folder that holds pack.json. */
function folderFiles(entries: { path: string; bytes: Uint8Array }[]): Map<string, Uint8Array> {
  const root = entries.map((e) => e.path).find((path) => path === 'pack.json' || path.endsWith('/pack.json'))?.slice(0, -'pack.json'.length) ?? '';
  return new Map(entries.filter((e) => e.path.startsWith(root)).map((e) => [e.path.slice(root.length), e.bytes]));
}

/**
 * How to open each pack again from where it came from (the files picked, or its URL), by pack id. A lone GLB's
 * takes the slot the designer chose for it.
 */
const reopeners = new Map<string, (slot?: string) => Promise<void>>();

/** Opens what a designer dropped or picked: one zip, one GLB, or the files of a folder. */
export async function openPackFiles(files: File[]): Promise<void> {
  const source = files.length === 1 ? files[0]!.name : (files[0]?.webkitRelativePath.split('/')[0] ?? 'folder');
  const readAll = () => Promise.all(files.map(async (file) => ({ path: file.webkitRelativePath || file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  try {
    const read = await readAll();
    const lower = source.toLowerCase();
    if (read.length === 1 && /\.(glb|gltf)$/.test(lower)) return await openLoneGlb(source, read[0]!.bytes, undefined, async () => (await readAll())[0]!.bytes);
    const checked = lower.endsWith('.zip') ? await checkZip(read[0]!.bytes) : await checkFiles(folderFiles(read));
    const id = await register(checked, source);
    if (!id) return;
    reopeners.set(id, () => openPackFiles(files));
    await keep(id, source, checked.files);
  } catch (error) {
    notify('error', 'packs.failed', { source, reason: (error as Error).message });
  }
}

/**
 * A lone GLB in a drafted pack, in `slot` when the designer chose one. `reread` reads its file again for Reload
 * (null for one kept from an earlier visit, whose file the browser no longer has).
 */
async function openLoneGlb(fileName: string, bytes: Uint8Array, slot: string | undefined, reread: (() => Promise<Uint8Array>) | null): Promise<void> {
  const checked = await checkGlb(fileName, bytes, slot);
  const id = await register(checked, fileName);
  if (!id) return;
  const chosen = checked.draft?.slotFrom === 'choice' ? checked.draft.slot : undefined;
  reopeners.set(id, async (newSlot) => {
    if (newSlot) return openLoneGlb(fileName, bytes, newSlot, reread);
    if (!reread) return notify('info', 'packs.reopen', { source: fileName });
    return openLoneGlb(fileName, await reread(), chosen, reread);
  });
  await keep(id, fileName, checked.files);
}

/** Puts a lone GLB in another slot (the designer's answer to "which slot?"); an avatar wearing it keeps it on. */
export async function chooseDraftSlot(id: string, slot: string): Promise<void> {
  const reopen = reopeners.get(id);
  if (!reopen) return;
  const worn = Object.entries(avatarStore.getState().avatar.items).find(([, ref]) => ref.startsWith(`${id}/`));
  await reopen(slot);
  if (!worn || worn[0] === slot) return;
  const store = avatarStore.getState();
  const end = beginGesture(avatarStore);
  store.wear(worn[0], null, () => []);
  store.wear(slot, worn[1], excludesFromPacks(readyPacks(store.packs)));
  end();
}

/** Keeps a pack's files in the browser for the next visit. */
async function keep(id: string, source: string, files: Map<string, Uint8Array>): Promise<void> {
  await savePack({ id, source, files }).catch(() => notify('error', 'packs.notSaved', { source }));
}

/**
 * Loads a pack served elsewhere (`?pack=<url>` or the URL field): every file it names is downloaded and checked.
 * Only the app's origin and the deployment's pack hosts are asked (packHosts.ts): another URL is refused first.
 */
export async function openPackUrl(url: string): Promise<void> {
  try {
    const packUrl = new URL(url, location.href);
    const hosts = builtPackHosts();
    if (!packUrlAllowed(packUrl, hosts)) return notify('error', 'packs.hostRefused', { source: url, hosts: [hosts.self, ...hosts.others].join(', ') });
    const folder = new URL('.', packUrl).href;
    // Always the designer's latest files: a reload must not get the browser's cached copy.
    const fetchFresh = (href: string) => fetchBytesOverHttp(href, { cache: 'no-cache' });
    const packJson = await fetchFresh(packUrl.href);
    const files = new Map([['pack.json', packJson]]);
    await Promise.all(namedFiles(packJson).map(async (path) => files.set(path, await fetchFresh(new URL(path, folder).href).catch(() => new Uint8Array(0)))));
    for (const [path, bytes] of files) if (bytes.length === 0) files.delete(path); // reported as missing
    assetLibrary.forget(folder);
    const id = await register(await checkFiles(files), url, folder);
    if (id) reopeners.set(id, () => openPackUrl(url));
  } catch (error) {
    notify('error', 'packs.failed', { source: url, reason: (error as Error).message });
  }
}

/** Paths a pack.json names (models, textures, thumbnails), only those inside the pack. */
function namedFiles(packJson: Uint8Array): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string' && /^(glb|texture|thumbnail|shape|shapeData|poses|expressions|expressionData|licences)$/.test(key) && packPath.safeParse(value).success) found.add(value);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  try {
    visit(JSON.parse(new TextDecoder().decode(packJson)), '');
  } catch {
    // the report says pack.json is not valid JSON
  }
  return [...found];
}

/** Shows the report, and loads the pack's usable part unless its id is taken by another pack. Returns the id loaded. */
async function register(checked: CheckedPack, source: string, folder?: string): Promise<string | null> {
  const manifest = await usableManifest(checked);
  const store = avatarStore.getState();
  const id = manifest?.id ?? checked.report.pack.id ?? source;
  const taken = manifest && store.packs[id] && !store.designerPacks[id];
  store.setDesignerPack(id, { source, report: checked.report, loaded: Boolean(manifest && !taken), ...(checked.draft ? { draft: checked.draft } : {}) });
  if (taken) notify('error', 'packs.idTaken', { source, id });
  if (!manifest || taken) return null;
  releaseFileUrls(id);
  const fileUrls = folder ? undefined : new Map([...checked.files].map(([path, bytes]) => [path, URL.createObjectURL(new Blob([bytes as BlobPart]))]));
  const packJson = new TextDecoder().decode(checked.files.get('pack.json'));
  store.setPackEntry(id, { status: 'ready', url: folder ? `${folder}pack.json` : source, pack: loadedPack({ manifest, baseUrl: folder ?? `local:${id}/`, fileUrls }, packJson) });
  notify('info', 'packs.opened', { source, count: manifest.assets.length });
  return id;
}

function releaseFileUrls(id: string): void {
  const entry = avatarStore.getState().packs[id];
  if (entry?.status !== 'ready') return;
  for (const url of entry.pack.fileUrls?.values() ?? []) {
    URL.revokeObjectURL(url);
    assetLibrary.forget(url);
  }
}

/** Opens a pack again from its files or URL, to see a designer's changes; items worn from it are rebuilt. */
export async function reloadPack(id: string): Promise<void> {
  const again = reopeners.get(id);
  if (again) return again();
  notify('info', 'packs.reopen', { source: avatarStore.getState().designerPacks[id]?.source ?? id });
}

/** Takes the pack away: its items come off the avatar and it is forgotten by the browser. */
export async function removePack(id: string): Promise<void> {
  const store = avatarStore.getState();
  for (const [slot, ref] of Object.entries(store.avatar.items)) if (ref.startsWith(`${id}/`)) store.wear(slot, null, () => []);
  releaseFileUrls(id);
  reopeners.delete(id);
  store.removePackEntry(id);
  store.setDesignerPack(id, null);
  await forgetPack(id).catch(() => {});
}

export function downloadPackReport(id: string): void {
  const pack = avatarStore.getState().designerPacks[id];
  if (pack) downloadFile(new TextEncoder().encode(`${JSON.stringify(pack.report, null, 2)}\n`), `${id}.report.json`, 'application/json');
}

/** Loads the packs kept from earlier visits (after the core pack, whose skeleton validation needs). */
export async function restoreSavedPacks(): Promise<void> {
  const packs = await savedPacks().catch(() => []);
  for (const pack of packs) {
    const glb = keptLoneGlb(pack.source, pack.files);
    const opened = glb ? openLoneGlb(pack.source, glb.bytes, glb.slot, null) : register(await checkFiles(pack.files), pack.source);
    await opened.catch(() => {});
  }
}

/** A kept lone GLB's bytes, and the slot its draft had when the designer chose it (undefined: it was guessed). */
function keptLoneGlb(source: string, files: Map<string, Uint8Array>): { bytes: Uint8Array; slot: string | undefined } | null {
  const glbPath = [...files.keys()].find((path) => path.endsWith('.glb'));
  if (!/\.(glb|gltf)$/i.test(source) || !glbPath) return null;
  let slot: unknown;
  try {
    slot = (JSON.parse(new TextDecoder().decode(files.get('pack.json'))) as { assets: { slot: unknown }[] }).assets[0]?.slot;
  } catch {
    slot = undefined;
  }
  const guessed = guessSlot(source) ?? DEFAULT_DRAFT_SLOT;
  return { bytes: files.get(glbPath)!, slot: typeof slot === 'string' && slot !== guessed ? slot : undefined };
}

function notify(tone: 'info' | 'error', text: string, values: Record<string, string | number>): void {
  avatarStore.getState().setNotice({ tone, text, values });
}

