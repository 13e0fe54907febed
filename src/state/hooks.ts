import { useStore } from 'zustand';
import { browserStorage } from './browserStorage';
import { createAvatarStore } from './createStore';
import { forgetSavedState, savedStateSummary } from './forgetSaved';
import type { AvatarStore } from './storeTypes';
import { undoLimitSetting } from './undoLimit';

/** Where the store saves: localStorage, or memory where the browser refuses storage to an embedded page. */
const savedStateStorage = browserStorage();

/** Undo steps the app keeps, as built. */
export const undoLimit = undoLimitSetting(import.meta.env.VITE_UNDO_LIMIT as string | undefined, (message) => console.warn(message));

/** The app's store, saved in savedStateStorage. */
export const avatarStore = createAvatarStore(savedStateStorage, { undoLimit });

/** What the store has saved in this browser. */
export const describeSavedState = () => savedStateSummary(savedStateStorage);

/** Deletes what the store saved and stops saving until the page reloads ("Delete all my data"). */
export const forgetSavedAvatar = () => forgetSavedState(avatarStore, savedStateStorage);

export function useAvatarStore<T>(selector: (state: AvatarStore) => T): T {
  return useStore(avatarStore, selector);
}

/** Undo/redo state and actions for the UI. */
export function useHistory() {
  const canUndo = useStore(avatarStore.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStore(avatarStore.temporal, (h) => h.futureStates.length > 0);
  const { undo, redo } = avatarStore.temporal.getState();
  return { canUndo, canRedo, undo: () => undo(), redo: () => redo() };
}
