import { temporal } from 'zundo';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { shallow } from 'zustand/shallow';
import { createStore } from 'zustand/vanilla';
import { createDocumentSlice } from './documentSlice';
import { createEmbedSlice } from './embedSlice';
import { guardedStorage } from './guardedStorage';
import { createNoticeSlice } from './noticeSlice';
import { createPacksSlice } from './packsSlice';
import { createPreviewSlice } from './previewSlice';
import { createSessionSlice } from './sessionSlice';
import { restoreSavedState } from './savedState';
import { pickScopes } from './stateKeys';
import { watchSaving } from './watchSaving';
import type { AvatarStore } from './storeTypes';

export const STORAGE_KEY = 'avatar-atelier:state';
export const STORAGE_VERSION = 1;
/** Undo steps kept by default; older ones are dropped so a long session stays bounded. */
export const UNDO_LIMIT = 200;

export interface AvatarStoreOptions {
  /** Undo steps kept (a whole number ≥ 1); UNDO_LIMIT by default. */
  undoLimit?: number;
}

/** Builds the one store: slices, then undo (document keys only), then persist (document + session keys). */
export function createAvatarStore(storage: StateStorage, { undoLimit = UNDO_LIMIT }: AvatarStoreOptions = {}) {
  let unreadable = false;
  // Refused saves are reported once the store exists (creating it saves nothing).
  let savingWatched: (ok: boolean) => void = () => {};
  const events = { unreadable: () => void (unreadable = true), written: (ok: boolean) => savingWatched(ok) };
  const store = createStore<AvatarStore>()(
    persist(
      temporal(
        (...a) => ({ ...createDocumentSlice(...a), ...createSessionSlice(...a), ...createPacksSlice(...a), ...createNoticeSlice(...a), ...createEmbedSlice(...a), ...createPreviewSlice(...a) }),
        { partialize: (state) => pickScopes(state, 'document'), equality: shallow, limit: undoLimit },
      ),
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage: createJSONStorage(() => guardedStorage(storage, STORAGE_VERSION, events)),
        partialize: (state) => pickScopes(state, 'document', 'session'),
        // Older editors saved fewer keys: a save is restored (defaults filled) like any other input.
        merge: (saved, current) => ({ ...current, ...restoreSavedState(saved) }),
      },
    ),
  );
  savingWatched = watchSaving({ current: () => store.getState().notice, show: (notice) => store.getState().setNotice(notice) });
  // Restoring saved state is not an edit: start with an empty history.
  store.temporal.getState().clear();
  if (unreadable) store.getState().setNotice({ tone: 'error', text: 'storage.unreadable', action: 'downloadUnreadableSave' });
  return store;
}

export type AvatarStoreApi = ReturnType<typeof createAvatarStore>;
