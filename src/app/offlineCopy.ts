/**
 * The offline copy: a service worker (src/offline) keeps the app and its shipped packs after the first visit, so
 * the creator opens without a network. It is registered once the first avatar is on screen, so its downloads never
 * compete with the first visit's. Only the built app has one: the development server has no worker to register.
 */
import { CACHE_PREFIX } from '../offline/offlineCache';

/** Set when the person asked their browser to save data (Data Saver): no 40 MB download in the background then. */
function savingData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

export function keepOfflineCopy(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || savingData()) return;
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: Error) => console.warn(`The offline copy could not be kept: ${error.message}`));
}

/** Whether this browser keeps an offline copy (the app's own files, nothing of the user's). */
export async function hasOfflineCopy(): Promise<boolean> {
  if (!('caches' in globalThis)) return false;
  return (await caches.keys()).some((name) => name.startsWith(CACHE_PREFIX));
}

/** Unregisters the worker and deletes its caches ("Delete all my data"). */
export async function deleteOfflineCopy(): Promise<void> {
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  await Promise.all(registrations.map((registration) => registration.unregister()));
  if (!('caches' in globalThis)) return;
  const names = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX));
  await Promise.all(names.map((name) => caches.delete(name)));
}
