import { describe, expect, it } from 'vitest';
import { restoreManifest } from '../core/manifest';
import { avatarIdOf, type ExportedFile } from './codec';
import { createFrameApi, type CommandHandlers } from './frameApi';
import type { HostOrigin } from './settings';
import type { FrameApiMode } from './wire';

const HOST = 'http://localhost:3000';
const hostWindow = { name: 'host' };
const GLB = new Uint8Array([0x67, 0x6c, 0x54, 0x46, 2, 0, 0, 0, 12, 0, 0, 0]);
const manifest = restoreManifest({ items: { hair: 'core/bob01' } });
if (!manifest.ok) throw new Error('fixture');

interface Posted {
  payload: unknown;
  targetOrigin: string;
  transfer: Transferable[];
}

/** A creator wired to real manifest validation; the export returns a fixed small file. */
function creator(mode: FrameApiMode = 'native', host: HostOrigin = { state: 'known', origin: HOST }, handlers: Partial<CommandHandlers> = {}) {
  const posted: Posted[] = [];
  const reports: string[] = [];
  const calls: string[] = [];
  const api = createFrameApi({
    mode,
    allowedOrigins: ['http://localhost:*'],
    host,
    hostWindow,
    post: (payload, targetOrigin, transfer) => posted.push({ payload, targetOrigin, transfer }),
    report: (message) => reports.push(message),
    handlers: {
      loadAvatar: async (input) => {
        calls.push('load');
        const restored = restoreManifest(input);
        return restored.ok ? { ok: true } : restored;
      },
      exportAvatar: async (request): Promise<ExportedFile> => {
        calls.push(`export ${request.format}`);
        return { manifest: manifest.ok ? manifest.value : (undefined as never), format: request.format, fileName: 'maya.glb', mimeType: 'model/gltf-binary', bytes: GLB.slice() };
      },
      configureUi: async () => {
        calls.push('configure');
        return { ok: true };
      },
      ...handlers,
    },
  });
  const messages = () => posted.map(({ payload }) => (typeof payload === 'string' ? JSON.parse(payload) : payload));
  const send = (data: unknown, origin = HOST, source: unknown = hostWindow) => api.receive({ origin, source, data });
  return { api, posted, reports, calls, messages, send };
}

const command = (type: string, eventName: string, extra: Record<string, unknown> = {}) => ({ target: 'avatar-atelier', type, eventName, ...extra });

describe('the frame API', () => {
  it('announces itself to the host origin only, never to "*"', () => {
    const { api, posted } = creator();
    api.start();
    expect(posted).toEqual([{ payload: { source: 'avatar-atelier', eventName: 'v1.frame.ready' }, targetOrigin: HOST, transfer: [] }]);
  });

  it('posts events only after the host subscribes to them, and stops after it unsubscribes', async () => {
    const { api, send, messages } = creator();
    api.emit('v1.avatar.changed', { manifest: 1 });
    expect(messages()).toEqual([]);
    await send(command('subscribe', 'v1.avatar.*', { correlationId: 's1' }));
    api.emit('v1.avatar.changed', { manifest: 2 });
    api.setLoading({ state: 'ready', detail: '' });
    await send(command('unsubscribe', 'v1.avatar.*', { correlationId: 's2' }));
    api.emit('v1.avatar.changed', { manifest: 3 });
    expect(messages()).toEqual([
      { source: 'avatar-atelier', type: 'queryResponse', eventName: 'v1.subscription.created', correlationId: 's1', status: 'ok', statusCode: 201, data: { eventName: 'v1.avatar.*' } },
      { source: 'avatar-atelier', eventName: 'v1.avatar.changed', data: { manifest: 2 } },
      { source: 'avatar-atelier', type: 'queryResponse', eventName: 'v1.subscription.deleted', correlationId: 's2', status: 'ok', statusCode: 200, data: { eventName: 'v1.avatar.*' } },
    ]);
  });

  it('tells a new subscriber the loading state at once', async () => {
    const { api, send, messages } = creator();
    api.setLoading({ state: 'error', detail: 'WebGL 2 is not available' });
    await send(command('subscribe', 'v1.**'));
    expect(messages().at(-1)).toEqual({ source: 'avatar-atelier', eventName: 'v1.loading', data: { state: 'error', detail: 'WebGL 2 is not available' } });
  });

  it('ignores other windows silently and other origins with a console report', async () => {
    const { send, posted, reports, calls } = creator();
    await send(command('query', 'v1.avatar.load', { data: { manifest: manifest.ok && manifest.value } }), HOST, { name: 'extension' });
    await send(command('query', 'v1.avatar.load', { data: { manifest: manifest.ok && manifest.value } }), 'http://localhost:4000');
    await send(command('subscribe', 'v1.**'), 'https://evil.example.com');
    expect(posted).toEqual([]);
    expect(calls).toEqual([]);
    expect(reports).toEqual([expect.stringContaining('from http://localhost:4000: that origin is not allowed'), expect.stringContaining('from https://evil.example.com')]);
  });

  it('answers nothing and changes nothing when the embedding page was refused', async () => {
    const { api, send, posted, calls, reports } = creator('native', { state: 'refused', origin: 'http://127.0.0.2:4275' });
    api.start();
    await send(command('subscribe', 'v1.**'), 'http://127.0.0.2:4275');
    await send(command('query', 'v1.avatar.export', { data: { format: 'glb' } }), 'http://127.0.0.2:4275');
    api.emit('v1.avatar.changed', {});
    expect([posted, calls]).toEqual([[], []]);
    expect(reports).toHaveLength(2);
  });

  it('learns an unknown host from its first command and then listens to it only', async () => {
    const { send, messages, reports } = creator('native', { state: 'unknown' });
    await send(command('subscribe', 'v1.avatar.*', { correlationId: 1 }), 'http://localhost:4000');
    await send(command('subscribe', 'v1.avatar.*'), 'http://localhost:5000');
    expect(messages()).toEqual([expect.objectContaining({ eventName: 'v1.subscription.created', correlationId: 1 })]);
    expect(reports).toEqual([expect.stringContaining('http://localhost:5000')]);
  });

  it('reports messages of the wrong shape in the console and never throws', async () => {
    const { send, posted, reports } = creator();
    for (const data of [null, 'v1.**', 42, [1], { target: 'someone-else', type: 'subscribe' }, { type: 'subscribe', eventName: 'v1.**' }]) await expect(send(data)).resolves.toBeUndefined();
    expect(posted).toEqual([]);
    expect(reports).toHaveLength(6);
    expect(reports[4]).toContain('its target is not "avatar-atelier"');
  });

  it('answers unknown and malformed commands with an error and keeps working', async () => {
    const { send, messages } = creator();
    await send(command('query', 'v1.avatar.delete', { correlationId: 'a' }));
    await send(command('frobnicate', 'v1.avatar.load', { correlationId: 'b' }));
    await send({ target: 'avatar-atelier', type: 'query', correlationId: 'c' });
    await send(command('subscribe', 'v1..x', { correlationId: 'd' }));
    await send(command('query', 'v1.avatar.export', { correlationId: 'e', data: { format: 'glb', lod: 9 } }));
    await send(command('query', 'v1.ui.configure', { correlationId: 'f', data: { theme: { accent: 'red; background: url(https://evil.example.com/)' } } }));
    await send(command('subscribe', 'v1.avatar.*', { correlationId: 'g' }));
    expect(messages().map(({ eventName, correlationId, status, statusCode, reason }) => ({ eventName, correlationId, status, statusCode, reason }))).toEqual([
      { eventName: 'v1.avatar.delete', correlationId: 'a', status: 'error', statusCode: 404, reason: expect.stringContaining('unknown query "v1.avatar.delete"') },
      { eventName: 'v1.avatar.load', correlationId: 'b', status: 'error', statusCode: 400, reason: expect.stringContaining('unknown command type "frobnicate"') },
      { eventName: 'v1.error', correlationId: 'c', status: 'error', statusCode: 400, reason: expect.stringContaining('eventName') },
      { eventName: 'v1.subscription.created', correlationId: 'd', status: 'error', statusCode: 400, reason: expect.stringContaining('not an event pattern') },
      { eventName: 'v1.avatar.export', correlationId: 'e', status: 'error', statusCode: 400, reason: expect.stringContaining('data.lod') },
      { eventName: 'v1.ui.configure', correlationId: 'f', status: 'error', statusCode: 400, reason: expect.stringContaining('data.theme.accent: use a colour like #4b5fd6') },
      expect.objectContaining({ eventName: 'v1.subscription.created', correlationId: 'g', status: 'ok' }),
    ]);
  });

  it('refuses an invalid manifest with the reasons, and loads a valid one', async () => {
    const { send, messages, calls } = creator();
    await send(command('query', 'v1.avatar.load', { correlationId: 1, data: { manifest: { format: 'avatar-atelier/manifest', version: 1, items: { hair: 'Not A Ref' } } } }));
    await send(command('query', 'v1.avatar.load', { correlationId: 2, data: {} }));
    await send(command('query', 'v1.avatar.load', { correlationId: 3, data: { manifest: manifest.ok && manifest.value } }));
    const [invalid, missing, loaded] = messages();
    expect(invalid).toMatchObject({ status: 'error', statusCode: 400, reason: expect.stringContaining('items.hair: use "pack/item"'), data: { errors: [expect.stringContaining('items.hair')] } });
    expect(missing).toMatchObject({ status: 'error', reason: 'data.manifest: a manifest is required' });
    expect(loaded).toEqual({ source: 'avatar-atelier', type: 'queryResponse', eventName: 'v1.avatar.load', correlationId: 3, status: 'ok', statusCode: 200 });
    expect(calls).toEqual(['load', 'load']);
  });

  it('reports a response it cannot post instead of throwing', async () => {
    const reports: string[] = [];
    const api = createFrameApi({
      mode: 'native',
      allowedOrigins: ['http://localhost:*'],
      host: { state: 'known', origin: HOST },
      hostWindow,
      post: () => {
        throw new DOMException('The host window has gone', 'DataCloneError');
      },
      report: (message) => reports.push(message),
      handlers: { loadAvatar: async () => ({ ok: true }), exportAvatar: () => Promise.reject(new Error('unused')), configureUi: async () => ({ ok: true }) },
    });
    await expect(api.receive({ origin: HOST, source: hostWindow, data: command('subscribe', 'v1.**') })).resolves.toBeUndefined();
    expect(reports).toEqual([`could not answer a message from ${HOST}: The host window has gone`]);
  });

  it('answers a failing command with status 500 and its reason', async () => {
    const { send, messages } = creator('native', undefined, { exportAvatar: () => Promise.reject(new Error('the body pack is missing')) });
    await send(command('query', 'v1.avatar.export', { correlationId: 'x', data: { format: 'vrm' } }));
    expect(messages()).toEqual([expect.objectContaining({ correlationId: 'x', status: 'error', statusCode: 500, reason: 'the body pack is missing' })]);
  });

  it('delivers an asked-for export as a transferred ArrayBuffer, then answers', async () => {
    const { send, posted } = creator();
    await send(command('query', 'v1.avatar.export', { correlationId: 'e1', data: { format: 'glb', lod: 0 } }));
    const [exported, response] = posted;
    const data = (exported!.payload as { data: { bytes: ArrayBuffer } }).data;
    expect(exported!.payload).toMatchObject({ eventName: 'v1.avatar.exported', correlationId: 'e1', data: { format: 'glb', fileName: 'maya.glb', mimeType: 'model/gltf-binary', manifest: { items: { hair: 'core/bob01' } } } });
    expect(new Uint8Array(data.bytes)).toEqual(GLB);
    expect(exported!.transfer).toEqual([data.bytes]);
    expect(response!.payload).toMatchObject({ eventName: 'v1.avatar.export', correlationId: 'e1', status: 'ok' });
  });
});

describe('the RPM compatibility mode', () => {
  const rpm = (type: string, eventName: string, extra: Record<string, unknown> = {}) => JSON.stringify({ target: 'readyplayerme', type, eventName, ...extra });

  it('speaks JSON strings: frame ready, the subscribe handshake and the export as a data URL', async () => {
    const { api, send, posted, messages } = creator('rpm');
    api.start();
    await send(rpm('subscribe', 'v1.**'));
    await send(rpm('query', 'v1.avatar.export', { data: { format: 'glb' } }));
    expect(posted.every(({ payload, targetOrigin }) => typeof payload === 'string' && targetOrigin === HOST)).toBe(true);
    const [ready, subscribed, loading, exported] = messages();
    expect(ready).toEqual({ source: 'readyplayerme', eventName: 'v1.frame.ready' });
    expect(subscribed).toMatchObject({ source: 'readyplayerme', eventName: 'v1.subscription.created', data: { eventName: 'v1.**' }, statusCode: 201 });
    expect(loading).toMatchObject({ eventName: 'v1.loading', data: { state: 'loading' } });
    expect(exported).toMatchObject({ source: 'readyplayerme', eventName: 'v1.avatar.exported', data: { avatarId: avatarIdOf(GLB), fileName: 'maya.glb' } });
    const url: string = exported.data.url;
    expect(url.startsWith('data:model/gltf-binary;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1]!, 'base64')).toEqual(Buffer.from(GLB));
  });

  it('ignores text that is not JSON, with a report', async () => {
    const { send, posted, reports } = creator('rpm');
    await send('{"target": "readyplayerme", ');
    expect(posted).toEqual([]);
    expect(reports).toEqual([expect.stringContaining('it is not JSON')]);
  });

  it('gives the same file the same avatar id and another file another', () => {
    expect(avatarIdOf(GLB)).toMatch(/^[0-9a-f]{32}$/);
    expect(avatarIdOf(GLB.slice())).toBe(avatarIdOf(GLB));
    expect(avatarIdOf(new Uint8Array([1]))).not.toBe(avatarIdOf(GLB));
  });
});
