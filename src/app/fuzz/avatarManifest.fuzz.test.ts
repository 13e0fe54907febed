import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AvatarDocument } from '../../core/avatarDocument';
import { expectReadable, textOf } from '../../core/fuzz/checks';
import { fuzzTarget } from '../../core/fuzz/fuzzRun';
import { anyValue, hostileValue } from '../../core/fuzz/hostile';
import { mutatedJson } from '../../core/fuzz/mutate';
import { documentFromManifest, manifestFromDocument, type AvatarManifest } from '../../core/manifest';
import { presetDocument } from '../../packs/presets';
import { avatarStore } from '../../state';
import { currentManifest, loadManifest, openManifest } from '../avatarManifest';
import { shapeModelOf } from '../../scene/assets';
import { loadCorePack } from '../corePack';
import { plausibleManifests } from './plausibleManifests';

// Only the downloads are replaced: the core pack and its shape data come from public/packs/core on disk.
vi.mock('../corePack', async () => (await import('./diskCorePack')).diskCorePackModule());
vi.mock('../../scene/assets', async () => (await import('./diskCorePack')).diskShapeModule());

const target = fuzzTarget('app manifest loader and store (loadManifest, openManifest)');
let starting: AvatarDocument;
let valid: AvatarManifest[];
let plausible: fc.Arbitrary<Record<string, unknown>>;

beforeAll(async () => {
  const core = await loadCorePack();
  const [first, second] = core.manifest.presets.map((preset) => presetDocument(core.manifest, preset));
  const packs = [{ id: 'core', version: core.manifest.version, url: '/packs/core/pack.json', hash: core.hash }];
  [starting, valid] = [first!, [first!, second!].map((document) => manifestFromDocument(document, packs, { name: 'Maya' }))];
  plausible = plausibleManifests(core, (await shapeModelOf(core)).controls);
});

/** Every input meets the same editor: the first preset on, no undo history. */
function resetAvatar(): void {
  avatarStore.getState().replaceAvatar(starting);
  avatarStore.temporal.getState().clear();
}

beforeEach(resetAvatar);

const inputs = () =>
  fc.oneof(
    { arbitrary: fc.oneof(...valid.map((manifest) => mutatedJson(manifest))), weight: 3 },
    { arbitrary: plausible, weight: 3 },
    { arbitrary: plausible.chain((manifest) => mutatedJson(manifest, 2)), weight: 1 },
    hostileValue,
    anyValue,
  );

/** A refused input changes nothing (not even the undo history); an accepted one leaves an avatar that loads again. */
async function keepsTheAvatarSafe(load: (input: unknown) => Promise<{ ok: boolean; errors?: string[] }>, input: unknown): Promise<void> {
  resetAvatar();
  const before = avatarStore.getState().avatar;
  const snapshot = structuredClone(before);
  const result = await load(input);
  if (!result.ok) {
    expectReadable(result.errors!, textOf(input));
    expect(avatarStore.getState().avatar).toBe(before);
    expect(avatarStore.getState().avatar).toEqual(snapshot);
    expect(avatarStore.temporal.getState().pastStates).toHaveLength(0);
    return;
  }
  expect(await loadManifest(currentManifest())).toMatchObject({ ok: true });
}

describe('fuzzing the app manifest loader with the store', () => {
  it('starts from valid manifests that load', async () => {
    for (const manifest of valid) expect(await loadManifest(manifest)).toMatchObject({ ok: true, value: manifest });
    expect(avatarStore.getState().avatar).toEqual(documentFromManifest(valid[1]!));
  });

  it('loadManifest (embed, QA API) replaces the avatar exactly, or changes nothing and says why', async () => {
    const loadsExactly = async (input: unknown) => {
      const result = await loadManifest(input);
      if (result.ok) expect(avatarStore.getState().avatar).toEqual(documentFromManifest(result.value));
      return result;
    };
    await target.property(inputs(), (input) => keepsTheAvatarSafe(loadsExactly, input), 250);
  });

  it('openManifest (share links, files) opens what it can, or changes nothing and says why', async () => {
    const opensReadably = async (input: unknown) => {
      const result = await openManifest(input);
      if (result.ok && result.value.skipped.length > 0) expectReadable(result.value.skipped, textOf(input));
      return result;
    };
    await target.property(inputs(), (input) => keepsTheAvatarSafe(opensReadably, input), 250);
  });
});

describe('what fuzzing the app manifest loader found (fixed)', () => {
  const manifest = (fields: Record<string, unknown>) => ({ format: 'avatar-atelier/manifest', version: 1, ...fields });

  it('refuses a variant for slot "constructor" with nothing worn there, instead of throwing', async () => {
    expect(await loadManifest(manifest({ variants: { constructor: 'grey' } }))).toEqual({ ok: false, errors: ['variants.constructor: nothing is worn in this slot'] });
    expect(await openManifest(manifest({ variants: { toString: 'grey' } }))).toEqual({ ok: true, value: { skipped: ['toString (grey)'] } });
  });

  it('shortens a 100,000-character item reference in the reasons and in what it skipped', async () => {
    const ref = `core/${'x'.repeat(100_000)}`;
    const loaded = await loadManifest(manifest({ items: { hair: ref } }));
    expect(!loaded.ok && loaded.errors[0]).toMatch(/^items\.hair: the pack "core" has no item "x+…x+"$/);
    const opened = await openManifest(manifest({ items: { hair: ref } }));
    expect(opened.ok && opened.value.skipped[0]!.length).toBe(500);
  });
});
