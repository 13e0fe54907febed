import { STORAGE_KEY, type AvatarStoreApi } from './createStore';
import { restoreSavedState } from './savedState';

/**
 * Takes up the avatar another tab saved (read and restored like any save) as one undoable step. Only the avatar:
 * the camera view, language and starting preset stay this tab's own. Returns whether the avatar changed.
 */
export async function takeUpSavedAvatar(store: AvatarStoreApi): Promise<boolean> {
  const saved = await store.persist.getOptions().storage?.getItem(STORAGE_KEY);
  const avatar = saved ? restoreSavedState(saved.state).avatar : undefined;
  if (!avatar || JSON.stringify(avatar) === JSON.stringify(store.getState().avatar)) return false;
  store.getState().replaceAvatar(avatar);
  return true;
}
