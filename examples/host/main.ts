/**
 * The example host page's code: embeds the creator with the host SDK, sets it up, logs its events and shows each
 * avatar it hands over in a three.js viewer. `window.avatarCreator` is the SDK object, to try commands in the
 * browser's console.
 */
import { createAvatarCreator, type AvatarCreator, type ExportedAvatar } from '../../src/embed/host';
import { createViewer } from './viewer';

declare global {
  interface Window {
    avatarCreator?: AvatarCreator;
    /** The last avatar received, for the console and the end-to-end test. */
    lastAvatar?: ExportedAvatar;
  }
}

const element = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const status = element('#status');
const exportButton = element<HTMLButtonElement>('#export');
const viewer = createViewer(element<HTMLCanvasElement>('#viewer'));

function log(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  element('#events').append(item);
}

async function show(avatar: ExportedAvatar): Promise<void> {
  window.lastAvatar = avatar;
  log(`v1.avatar.exported: ${avatar.fileName}`);
  const { meshes } = await viewer.show(avatar.bytes);
  element('#received').textContent = `Showing ${avatar.fileName} (${(avatar.bytes.byteLength / 1e6).toFixed(1)} MB, ${meshes} meshes).`;
}

// The creator: ?creator=<address>, else the app this page was built with (dist/ serves both).
const creatorUrl = new URLSearchParams(location.search).get('creator') ?? new URL('../../', location.href).href;
const creator = createAvatarCreator(element('#creator'), { url: creatorUrl, title: 'Avatar creator' });
window.avatarCreator = creator;

creator.on('v1.loading', ({ state, detail }) => {
  log(`v1.loading: ${state}${detail ? ` (${detail})` : ''}`);
  status.textContent = state === 'ready' ? 'The creator is ready: make an avatar, then press "Use this avatar".' : `The creator is ${state}.`;
});
creator.on('v1.avatar.changed', ({ manifest }) => log(`v1.avatar.changed: ${Object.values(manifest.items).join(', ')}`));
creator.on('v1.avatar.exported', (avatar) => void show(avatar));

exportButton.addEventListener('click', async () => {
  exportButton.disabled = true;
  try {
    await creator.export({ format: 'glb', lod: 1, textureAtlas: 1024 });
  } catch (error) {
    status.textContent = (error as Error).message;
  } finally {
    exportButton.disabled = false;
  }
});

try {
  await creator.ready;
  // The host's own "Save & share" replaces the creator's, and its button says what it does.
  await creator.configure({ doneLabel: 'Use this avatar', categories: ['presets', 'body', 'face', 'skin', 'hair', 'eyes', 'outfit', 'top', 'bottom', 'footwear', 'pose'] });
  exportButton.disabled = false;
} catch (error) {
  status.textContent = `The creator did not answer: ${(error as Error).message}`;
}
