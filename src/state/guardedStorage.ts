/**
 * Saved state that cannot be read (corrupted, edited by hand, written by something else) must not break the app
 * or be lost: it is moved aside under UNREADABLE_SAVE_KEY, the app starts fresh, and the user is told and can
 * download it. A save the browser refuses (its storage full) must not break an edit either: the last save stays
 * as it was (localStorage replaces a value whole or not at all) and the store is told.
 *
 * The store asks to save after every change, loading states included; only a save that differs from the one this
 * tab last read or wrote is written. Besides sparing the storage, that keeps a tab that is only loading from
 * writing back an avatar another tab has since replaced.
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
  const lastKnown = new Map<string, string>();
  return {
    getItem: (name) => {
      const raw = storage.getItem(name);
      if (typeof raw !== 'string') return raw;
      lastKnown.set(name, raw);
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
      if (lastKnown.get(name) === value) return;
      try {
        storage.setItem(name, value);
        lastKnown.set(name, value);
        events.written(true);
      } catch {
        events.written(false);
      }
    },
    removeItem: (name) => {
      lastKnown.delete(name);
      return storage.removeItem(name);
    },
  };
}
