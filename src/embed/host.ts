/**
 * The host SDK: puts Avatar Atelier in a page and talks to it through the embed protocol, with typed events and
 * promise-returning commands. No dependencies and nothing from the app; `vite build` also emits it as an ES
 * module at dist/sdk/avatar-atelier-host.js. docs/embed.md shows it in use.
 */
import { NATIVE_NAME, type CreatorEvents, type CreatorMessage, type ExportedAvatar, type ExportQuery, type HostCommand, type QueryName, type UiConfig } from './wire';

export type { CreatorEvents, ExportedAvatar, ExportQuery, LoadingEvent, UiConfig } from './wire';

export interface AvatarCreatorOptions {
  /** The creator's address, e.g. "https://avatars.example.com/" (`frameApi` is added). Defaults to the iframe's src. */
  url?: string;
  /** Event patterns to subscribe to; every event ("v1.**") by default. */
  subscribe?: string[];
  /** How long a command may take before its promise rejects, in ms (exports take seconds on slow devices). */
  timeoutMs?: number;
  /** The accessible title of the iframe the SDK creates in a container. */
  title?: string;
}

export interface AvatarCreator {
  readonly iframe: HTMLIFrameElement;
  /** Resolves once the creator has accepted the subscriptions. */
  readonly ready: Promise<void>;
  /** Calls the listener for each event of that name; returns a function that stops it. */
  on<E extends keyof CreatorEvents>(eventName: E, listener: (data: CreatorEvents[E]) => void): () => void;
  /** Replaces the avatar with a manifest; rejects with the reasons when the creator refuses it. */
  load(manifest: unknown): Promise<void>;
  /** Makes a file of the current avatar (a GLB with default options unless asked otherwise). */
  export(request?: ExportQuery): Promise<ExportedAvatar>;
  /** Sets up the editor: categories, the "Done" label and export, language, theme colours. */
  configure(config: UiConfig): Promise<void>;
  /** Stops listening, rejects pending commands and removes the iframe if the SDK created it. */
  dispose(): void;
}

/** A command the creator refused or did not answer in time. */
export class AvatarCreatorError extends Error {
  constructor(
    message: string,
    /** The response's status code (400 bad command, 404 unknown, 500 failed); absent for a timeout. */
    readonly statusCode?: number,
  ) {
    super(message);
    this.name = 'AvatarCreatorError';
  }
}

interface Pending {
  resolve: (exported: ExportedAvatar | undefined) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
  exported?: ExportedAvatar;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** The creator's address with the protocol on, naming this page's origin for browsers without ancestorOrigins. */
function creatorAddress(url: string): URL {
  const address = new URL(url, location.href);
  if (!address.searchParams.has('frameApi')) address.searchParams.set('frameApi', '');
  if (!address.searchParams.has('origin')) address.searchParams.set('origin', location.origin);
  return address;
}

function frameFor(target: HTMLIFrameElement | HTMLElement, title: string): { iframe: HTMLIFrameElement; created: boolean } {
  if (target instanceof HTMLIFrameElement) return { iframe: target, created: false };
  const iframe = document.createElement('iframe');
  Object.assign(iframe, { title, allow: 'clipboard-write' });
  iframe.style.cssText = 'display:block;width:100%;height:100%;border:0';
  return { iframe: target.appendChild(iframe), created: true };
}

export function createAvatarCreator(target: HTMLIFrameElement | HTMLElement, options: AvatarCreatorOptions = {}): AvatarCreator {
  const { iframe, created } = frameFor(target, options.title ?? 'Avatar creator');
  const source = options.url ?? iframe.getAttribute('src');
  if (!source) throw new Error('createAvatarCreator needs options.url or an iframe with a src');
  const address = creatorAddress(source);
  // Commands go to the creator's origin only: another page loaded in the frame never sees them.
  const creatorOrigin = address.origin;
  const listeners = new Map<string, Set<(data: unknown) => void>>();
  const pending = new Map<string, Pending>();
  let nextId = 1;
  // Commands wait for v1.frame.ready: posted earlier, they would reach the frame's blank page and be lost.
  let markLoaded = () => {};
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));

  function request(type: HostCommand['type'], eventName: string, data?: unknown): Promise<ExportedAvatar | undefined> {
    const correlationId = `host-${nextId++}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(correlationId);
        reject(new AvatarCreatorError(`${eventName}: no answer from the creator within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`));
      }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      pending.set(correlationId, { resolve, reject, timer });
      const command: HostCommand = { target: NATIVE_NAME, type, eventName, correlationId, data };
      void loaded.then(() => iframe.contentWindow?.postMessage(command, creatorOrigin));
    });
  }
  const query = (name: QueryName, data: unknown) => request('query', name, data);

  function settle(message: CreatorMessage): void {
    const entry = pending.get(String(message.correlationId));
    if (!entry) return;
    pending.delete(String(message.correlationId));
    clearTimeout(entry.timer);
    if (message.status === 'ok') entry.resolve(entry.exported);
    else entry.reject(new AvatarCreatorError(`${message.eventName}: ${message.reason ?? 'refused'}`, message.statusCode));
  }

  function onMessage(event: MessageEvent): void {
    if (event.source !== iframe.contentWindow || event.origin !== creatorOrigin) return;
    const message = event.data as CreatorMessage | null;
    if (typeof message !== 'object' || message === null || message.source !== NATIVE_NAME) return;
    if (message.type === 'queryResponse') return settle(message);
    if (message.eventName === 'v1.frame.ready') markLoaded();
    const asked = message.correlationId == null ? undefined : pending.get(String(message.correlationId));
    if (asked && message.eventName === 'v1.avatar.exported') asked.exported = message.data as ExportedAvatar;
    for (const listener of listeners.get(message.eventName) ?? []) listener(message.data);
  }

  window.addEventListener('message', onMessage);
  if (iframe.src !== address.href) iframe.src = address.href;
  const ready = Promise.all((options.subscribe ?? ['v1.**']).map((pattern) => request('subscribe', pattern))).then(() => undefined);
  ready.catch(() => {}); // a page that never awaits `ready` gets no unhandled rejection; one that does still sees it

  return {
    iframe,
    ready,
    on(eventName, listener) {
      const set = listeners.get(eventName) ?? new Set();
      listeners.set(eventName, set);
      set.add(listener as (data: unknown) => void);
      return () => set.delete(listener as (data: unknown) => void);
    },
    load: async (manifest) => void (await query('v1.avatar.load', { manifest })),
    export: async (exportRequest = { format: 'glb' }) => (await query('v1.avatar.export', exportRequest))!,
    configure: async (config) => void (await query('v1.ui.configure', config)),
    dispose() {
      window.removeEventListener('message', onMessage);
      for (const entry of pending.values()) {
        clearTimeout(entry.timer);
        entry.reject(new AvatarCreatorError('the avatar creator was disposed'));
      }
      pending.clear();
      if (created) iframe.remove();
    },
  };
}
