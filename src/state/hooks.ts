import { useStore } from 'zustand';
import { browserStorage } from './browserStorage';
import { createAvatarStore } from './createStore';
import type { AvatarStore } from './storeTypes';

/** The app's store, saved in localStorage (in memory where the browser refuses storage to an embedded page). */
export const avatarStore = createAvatarStore(browserStorage());

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
