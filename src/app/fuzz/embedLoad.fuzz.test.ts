import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fuzzTarget } from '../../core/fuzz/fuzzRun';
import { hostileValue } from '../../core/fuzz/hostile';
import { mutatedJson } from '../../core/fuzz/mutate';
import { manifestFromDocument } from '../../core/manifest';
import { createFrameApi } from '../../embed/frameApi';
import { presetDocument } from '../../packs/presets';
import { avatarStore } from '../../state';
import { loadManifest } from '../avatarManifest';
import { loadCorePack } from '../corePack';

// Only the downloads are replaced: the core pack and its shape data come from public/packs/core on disk.
vi.mock('../corePack', async () => (await import('./diskCorePack')).diskCorePackModule());
vi.mock('../../scene/assets', async () => (await import('./diskCorePack')).diskShapeModule());

const target = fuzzTarget('embed v1.avatar.load with the app loader and store');
const HOST = 'http://localhost:3000';
const hostWindow = { name: 'host' };
let loads: fc.Arbitrary<unknown[]>;

beforeAll(async () => {
  const core = (await loadCorePack()).manifest;
  const valid = core.presets.slice(0, 3).map((preset) => manifestFromDocument(presetDocument(core, preset), []));
  const command = (manifest: unknown) => ({ target: 'avatar-atelier', type: 'query', eventName: 'v1.avatar.load', correlationId: 1, data: { manifest } });
  const manifests = fc.oneof(fc.constantFrom(...valid), ...valid.map((one) => mutatedJson(one)), hostileValue);
  const brokenCommands = fc.oneof(...valid.map((one) => mutatedJson(command(one), 2)));
  loads = fc.array(fc.oneof(manifests.map(command), brokenCommands), { minLength: 1, maxLength: 6 });
});

/** The avatar changes only when the host is told its load succeeded, and then to exactly the manifest it sent. */
async function changesOnlyOnSuccess(commands: unknown[]): Promise<void> {
  const responses: Record<string, unknown>[] = [];
  const api = createFrameApi({
    mode: 'native',
    allowedOrigins: ['http://localhost:*'],
    host: { state: 'known', origin: HOST },
    hostWindow,
    post: (payload) => responses.push(payload as Record<string, unknown>),
    report: () => {},
    handlers: { loadAvatar: (manifest) => loadManifest(manifest), exportAvatar: () => Promise.reject(new Error('unused')), configureUi: async () => ({ ok: true }) },
  });
  for (const command of commands) {
    const before = avatarStore.getState().avatar;
    const answered = responses.length;
    await api.receive({ origin: HOST, source: hostWindow, data: command });
    const succeeded = responses.slice(answered).some((response) => response.status === 'ok');
    if (!succeeded) expect(avatarStore.getState().avatar).toBe(before);
  }
}

describe('fuzzing embedded loads against the store', () => {
  it('changes the avatar only for a load the host is told succeeded', async () => {
    await target.property(loads, changesOnlyOnSuccess, 150);
  });
});
