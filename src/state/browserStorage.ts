import type { StateStorage } from 'zustand/middleware';

/**
 * The browser's localStorage, or a storage held in memory where the browser refuses it: a creator embedded in
 * another site's page with third-party storage blocked (private windows, strict privacy settings) still works,
 * it only forgets the avatar when the page closes.
 */
export function browserStorage(): StateStorage {
  try {
    const storage = globalThis.localStorage;
    storage.getItem('avatar-atelier:probe');
    return storage;
  } catch {
    const kept = new Map<string, string>();
    return {
      getItem: (name) => kept.get(name) ?? null,
      setItem: (name, value) => void kept.set(name, value),
      removeItem: (name) => void kept.delete(name),
    };
  }
}
