/**
 * Saved state that cannot be read (corrupted, edited by hand, written by something else) must not break the app
 * or be lost: it is moved aside under UNREADABLE_SAVE_KEY, the app starts fresh, and the user is told and can
 * download it. A save the browser refuses (its storage full) must not break an edit either: the last save stays
 * as it was (localStorage replaces a value whole or not at all) and the store is told.
 */
import type { StateStorage } from 'zustand/middleware';
import { isReadableSave } from './savedState';

export const UNREADABLE_SAVE_KEY = 'avatar-atelier:unreadable-save';

export interface StorageEvents {
  /** The save could not be read and was moved aside. */
  unreadable: () => void;
  /** A save was written (true) or refused by the browser (false). */
  written: (ok: boolean) => void;
}

export function guardedStorage(storage: StateStorage, currentVersion: number, events: StorageEvents): StateStorage {
  return {
    getItem: (name) => {
      const raw = storage.getItem(name);
      if (typeof raw !== 'string') return raw;
      let saved: unknown;
      try {
        saved = JSON.parse(raw);
      } catch {
        saved = undefined;
      }
      if (isReadableSave(saved, currentVersion)) return raw;
      void storage.setItem(UNREADABLE_SAVE_KEY, raw);
      void storage.removeItem(name);
      events.unreadable();
      return null;
    },
    setItem: (name, value) => {
      try {
        storage.setItem(name, value);
        events.written(true);
      } catch {
        events.written(false);
      }
    },
    removeItem: (name) => storage.removeItem(name),
  };
}
