/**
 * The service worker (docs/privacy.md, "The offline copy"): it keeps the app and its shipped packs (core and
 * accessories) after the first visit, so the creator opens and works with the network off.
 *
 * Updates never break a session in progress: a new build's worker fills its own cache while the old worker keeps
 * answering the open pages, whose code loads piece by piece and exists only in the old build. The browser lets the
 * new worker take over, and it deletes the old cache, only once every page of the old build is closed (no
 * skipWaiting). On taking over, a worker claims the pages no worker answers yet (the first visit's), so that
 * session too keeps its build's code when the next one is deployed.
 */
import { cachedPathFor, cacheName, staleCaches, type OfflineManifest } from './offlineCache';

/** Written in by the build (scripts/offline): the files of this build and their content hash. */
declare const OFFLINE_MANIFEST: OfflineManifest;

interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
/** Named once: the build writes the whole list in wherever the name appears. */
const MANIFEST = OFFLINE_MANIFEST;
const CACHE = cacheName(MANIFEST);
const addressOf = (path: string) => new URL(MANIFEST.base + path, worker.location.origin).href;

/** Every file, fresh from the server (not the HTTP cache, which may hold a pack file of an older build). */
async function fillCache(): Promise<void> {
  const cache = await caches.open(CACHE);
  await cache.addAll(MANIFEST.files.map((path) => new Request(addressOf(path), { cache: 'reload' })));
}

async function deleteStaleCaches(): Promise<void> {
  await Promise.all(staleCaches(await caches.keys(), MANIFEST).map((name) => caches.delete(name)));
}

async function answer(path: string, request: Request): Promise<Response> {
  return (await caches.match(addressOf(path), { cacheName: CACHE })) ?? fetch(request);
}

worker.addEventListener('install', (event) => event.waitUntil(fillCache()));
worker.addEventListener('activate', (event) => event.waitUntil(Promise.all([deleteStaleCaches(), worker.clients.claim()])));
worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const path = cachedPathFor(new URL(request.url), request.mode === 'navigate', worker.location.origin, MANIFEST);
  if (path !== null) event.respondWith(answer(path, request));
});
