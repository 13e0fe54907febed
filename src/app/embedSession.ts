/**
 * The embed protocol at work (docs/embed.md): the frame API of src/embed, wired to the browser (postMessage),
 * the store (changes, loading) and the app's commands. Loaded only when the page has `?frameApi`.
 */
import { createFrameApi, type FrameApi } from '../embed/frameApi';
import { embedSettings } from '../embed/settings';
import { firstFrame, whenStageRendered } from '../scene/stageProbe';
import { avatarStore } from '../state';
import { currentManifest } from './avatarManifest';
import { loadCorePack } from './corePack';
import { createEmbedCommands, type EmbedCommands } from './embedCommands';
import { probeWebGL } from './webgl';

/** A slider drag changes the avatar many times a second: the host hears of it once the hand rests. */
const CHANGE_QUIET_MS = 300;

export interface EmbedSession {
  /** The "Done" button: exports what the host asked for and posts it to the host. */
  finish(): Promise<void>;
}

const report = (message: string) => console.warn(`Avatar Atelier embed: ${message}`);

/** Starts talking to the embedding page; null when there is none or `?frameApi` is off. */
export function startEmbedSession(): EmbedSession | null {
  const inFrame = window.parent !== window;
  const settings = embedSettings(
    {
      search: location.search,
      builtAllowedOrigins: import.meta.env.VITE_EMBED_ALLOWED_ORIGINS as string | undefined,
      ancestorOrigins: inFrame && location.ancestorOrigins ? [...location.ancestorOrigins] : null,
      referrer: document.referrer,
    },
    report,
  );
  if (!settings) return null;
  const hostWindow: Window | null = inFrame ? window.parent : window.opener;
  if (!hostWindow) {
    report('?frameApi is on, but no page embeds or opened this one');
    return null;
  }
  const commands = createEmbedCommands();
  const api = createFrameApi({ ...settings, hostWindow, handlers: commands, report, post: (payload, targetOrigin, transfer) => hostWindow.postMessage(payload, { targetOrigin, transfer }) });
  window.addEventListener('message', (event) => void api.receive(event));
  if (settings.host.state !== 'refused') avatarStore.getState().setEmbedUi({ doneLabel: null, categories: null });
  api.start();
  forwardChanges(api);
  void reportLoading(api);
  return { finish: () => finish(api, commands) };
}

async function finish(api: FrameApi, commands: EmbedCommands): Promise<void> {
  api.emit('v1.avatar.exported', await commands.exportAvatar(commands.doneExport()));
}

function forwardChanges(api: FrameApi): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  avatarStore.subscribe((state, previous) => {
    if (state.avatar === previous.avatar || !api.wants('v1.avatar.changed')) return;
    clearTimeout(timer);
    timer = setTimeout(() => api.emit('v1.avatar.changed', { manifest: currentManifest() }), CHANGE_QUIET_MS);
  });
}

/** Loading until the first avatar is on screen; an error when it cannot be. */
async function reportLoading(api: FrameApi): Promise<void> {
  api.setLoading({ state: 'loading', detail: 'loading the editor and the first avatar' });
  if (!probeWebGL().available) return api.setLoading({ state: 'error', detail: 'this browser cannot show 3D graphics here (WebGL 2 is unavailable)' });
  try {
    await firstFrame;
    await loadCorePack();
    await whenStageRendered();
  } catch (error) {
    return api.setLoading({ state: 'error', detail: (error as Error).message });
  }
  const { avatarError } = avatarStore.getState();
  api.setLoading(avatarError ? { state: 'error', detail: avatarError } : { state: 'ready', detail: '' });
}
