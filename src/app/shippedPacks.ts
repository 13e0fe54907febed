/**
 * Packs that ship with the app besides the core pack (the accessory pack made by scripts/accessories). They load
 * after the core pack, off the first avatar's path; one that fails is reported and the others still load.
 */
import { loadPack } from '../packs/loadPack';
import { avatarStore } from '../state';
import { fetchText } from './fetchText';

const SHIPPED_PACKS = ['accessories'];

export async function loadShippedPacks(): Promise<void> {
  const store = avatarStore.getState();
  await Promise.all(
    SHIPPED_PACKS.map(async (id) => {
      const url = `${import.meta.env.BASE_URL}packs/${id}/pack.json`;
      store.setPackEntry(id, { status: 'loading', url });
      const result = await loadPack(url, fetchText);
      store.setPackEntry(id, result.ok ? { status: 'ready', url, pack: result.value } : { status: 'error', url, errors: result.errors });
      if (!result.ok) console.error(`The ${id} pack could not be loaded: ${result.errors.join('; ')}`);
    }),
  );
}
