/**
 * What the service worker keeps and how it answers, as plain functions (no worker globals), so they are tested in
 * Node. One cache per build, named after its content: a new build's worker fills its own cache beside the old one.
 */
export const CACHE_PREFIX = 'avatar-atelier-offline-';

export interface OfflineManifest {
  /** Content hash of the build's files: names the cache. */
  version: string;
  /** The app's base path, ending in "/" (its page is `${base}` and `${base}index.html`). */
  base: string;
  /** Every file kept, as paths under the base: the page, its scripts, styles and codecs, the shipped packs. */
  files: string[];
}

export function cacheName(manifest: OfflineManifest): string {
  return CACHE_PREFIX + manifest.version;
}

/** Caches of other builds, to delete once this build's worker takes over (no page uses them any more). */
export function staleCaches(names: readonly string[], manifest: OfflineManifest): string[] {
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName(manifest));
}

/**
 * The kept file that answers a request, or null to leave it to the network: the app's page for a visit to it
 * (whatever its query, e.g. `?pack=` or `?lang=`), a kept file for its own address (without query), nothing else.
 */
export function cachedPathFor(url: URL, navigation: boolean, origin: string, manifest: OfflineManifest): string | null {
  if (url.origin !== origin || !url.pathname.startsWith(manifest.base)) return null;
  const path = url.pathname.slice(manifest.base.length);
  if (navigation) return path === '' || path === 'index.html' ? 'index.html' : null;
  return url.search === '' && manifest.files.includes(path) ? path : null;
}
