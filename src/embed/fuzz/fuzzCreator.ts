/**
 * Test helper: a creator's frame API wired to real manifest validation, recording what it posts, what it reports and
 * which handler ran with what, and the avatar a valid load replaced; plus valid host commands to break.
 */
import { restoreManifest } from '../../core/manifest';
import type { ExportedFile } from '../codec';
import { createFrameApi } from '../frameApi';
import type { FrameApiMode } from '../wire';

export const HOST = 'http://localhost:3000';
export const HOST_WINDOW = { name: 'host' };
const GLB = new Uint8Array([0x67, 0x6c, 0x54, 0x46, 2, 0, 0, 0, 12, 0, 0, 0]);

const VALID_MANIFEST = { format: 'avatar-atelier/manifest', version: 1, items: { hair: 'core/bob01' }, body: { weight: 0.4 }, colours: { hair: '#553322' } };

/** One of every command a host sends, valid, with the fields each may carry. */
export const VALID_COMMANDS = [
  { type: 'subscribe', eventName: 'v1.**', correlationId: 's1' },
  { type: 'unsubscribe', eventName: 'v1.avatar.*', correlationId: 2 },
  { type: 'query', eventName: 'v1.avatar.load', correlationId: 'l1', data: { manifest: VALID_MANIFEST } },
  { type: 'query', eventName: 'v1.avatar.export', correlationId: 'e1', data: { format: 'glb', pose: 'T', lod: 0, textureAtlas: 512, textureSizeLimit: 256, textureFormat: 'webp', morphTargets: 'arkit', compression: 'meshopt' } },
  { type: 'query', eventName: 'v1.avatar.export', data: { format: 'png', framing: 'face', size: 256, background: '#ffffff' } },
  { type: 'query', eventName: 'v1.ui.configure', correlationId: 'c1', data: { categories: ['hair', 'body'], doneLabel: 'Use it', doneExport: { format: 'vrm' }, language: 'fr', theme: { accent: '#d6452b' } } },
].map((command) => ({ target: 'avatar-atelier', ...command }));

export interface Posted {
  payload: unknown;
  targetOrigin: string;
}

/** A creator whose host is known (HOST), as when the page names it; `calls` lists each handler run with its input. */
export function fuzzCreator(mode: FrameApiMode) {
  const posted: Posted[] = [];
  const reports: string[] = [];
  const calls: { handler: string; input: unknown }[] = [];
  let avatar: unknown = null;
  const api = createFrameApi({
    mode,
    allowedOrigins: ['http://localhost:*'],
    host: { state: 'known', origin: HOST },
    hostWindow: HOST_WINDOW,
    post: (payload, targetOrigin) => posted.push({ payload, targetOrigin }),
    report: (message) => reports.push(message),
    handlers: {
      loadAvatar: async (input) => {
        calls.push({ handler: 'loadAvatar', input });
        const restored = restoreManifest(input);
        if (restored.ok) avatar = restored.value;
        return restored.ok ? { ok: true } : restored;
      },
      exportAvatar: async (request): Promise<ExportedFile> => {
        calls.push({ handler: 'exportAvatar', input: request });
        return { manifest: avatar as ExportedFile['manifest'], format: request.format, fileName: 'a.glb', mimeType: 'model/gltf-binary', bytes: GLB.slice() };
      },
      configureUi: async (config) => {
        calls.push({ handler: 'configureUi', input: config });
        return { ok: true };
      },
    },
  });
  return { api, posted, reports, calls, avatar: () => avatar };
}

/** A posted payload as the host reads it (RPM mode posts JSON text). */
export function received(payload: unknown): Record<string, unknown> {
  return (typeof payload === 'string' ? JSON.parse(payload) : payload) as Record<string, unknown>;
}
