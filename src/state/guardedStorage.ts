/**
 * Saved state that cannot be read (corrupted, edited by hand, written by something else) must not break the app
 * or be lost: it is moved aside under UNREADABLE_SAVE_KEY, the app starts fresh, and the user is told and can
 * download it.
 */
import type { StateStorage } from 'zustand/middleware';
import { isLanguage } from '../core/language';
import { restoreManifest } from '../core/manifest';

export const UNREADABLE_SAVE_KEY = 'avatar-atelier:unreadable-save';
const CAMERA_VIEWS = ['body', 'upper', 'face'];

/** Whether a saved `{ state, version }` is one this app wrote (any older version it can migrate). */
export function isReadableSave(saved: unknown, currentVersion: number): boolean {
  if (typeof saved !== 'object' || saved === null) return false;
  const { state, version } = saved as { state?: unknown; version?: unknown };
  if (typeof version !== 'number' || version > currentVersion || typeof state !== 'object' || state === null) return false;
  const { avatar, cameraView, language } = state as Record<string, unknown>;
  return (
    (avatar === undefined || restoreManifest(avatar).ok) &&
    (cameraView === undefined || CAMERA_VIEWS.includes(cameraView as string)) &&
    (language === undefined || isLanguage(language))
  );
}

export function guardedStorage(storage: StateStorage, currentVersion: number, onUnreadable: () => void): StateStorage {
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
      onUnreadable();
      return null;
    },
    setItem: (name, value) => storage.setItem(name, value),
    removeItem: (name) => storage.removeItem(name),
  };
}
