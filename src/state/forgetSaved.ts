/**
 * "Delete all my data", the store's part: what it saved (the avatar and the editor's settings, and an unreadable
 * save kept aside) is removed, and nothing is written again until the page reloads, so the edits and notices that
 * may follow cannot bring it back.
 */
import type { StateStorage } from 'zustand/middleware';
import { STORAGE_KEY, type AvatarStoreApi } from './createStore';
import { UNREADABLE_SAVE_KEY } from './guardedStorage';

/** Every key the store writes in the browser's storage. */
export const SAVED_STATE_KEYS = [STORAGE_KEY, UNREADABLE_SAVE_KEY] as const;

export interface SavedStateSummary {
  /** An avatar and settings are saved. */
  avatar: boolean;
  /** A save that could not be read is kept aside. */
  unreadableSave: boolean;
}

export async function savedStateSummary(storage: StateStorage): Promise<SavedStateSummary> {
  const [avatar, unreadable] = await Promise.all(SAVED_STATE_KEYS.map((key) => storage.getItem(key)));
  return { avatar: avatar != null, unreadableSave: unreadable != null };
}

const NOWHERE = { getItem: () => null, setItem: () => {}, removeItem: () => {} };

export async function forgetSavedState(store: AvatarStoreApi, storage: StateStorage): Promise<void> {
  store.persist.setOptions({ storage: NOWHERE });
  await Promise.all(SAVED_STATE_KEYS.map((key) => storage.removeItem(key)));
}
