import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreManifest } from '../manifest';
import { expectResult, textOf } from './checks';
import { fuzzTarget } from './fuzzRun';
import { anyValue, hostileValue, MAX_DEPTH } from './hostile';
import { mutatedJson, mutatedText } from './mutate';

const target = fuzzTarget('manifest loader (restoreManifest)');

const VALID_V1 = {
  format: 'avatar-atelier/manifest',
  version: 1,
  body: { gender: 0.8, weight: 0.6, noseWidth: -0.3 },
  items: { hair: 'core/short02', outfit: 'core/female-casualsuit01', eyes: 'core/highpolyeyes' },
  colours: { hair: '#3b2a1e', skin: '#c99a7a' },
  variants: { eyes: 'green' },
  pose: 't',
  packs: [{ id: 'core', version: '1.0.0', url: '/packs/core/pack.json', hash: `sha256-${'A'.repeat(43)}=` }],
  meta: { name: 'Maya', authors: ['Zoé'], avatarPermission: 'everyone', allowRedistribution: true },
};
const VALID_V0 = JSON.parse(readFileSync('src/core/fixtures/version0-document.json', 'utf8')) as unknown;

/** Accepted means valid: restoring the result again gives the same manifest; refused means readable reasons. */
function restoresSafely(input: unknown): void {
  const restored = restoreManifest(input);
  expectResult(restored, textOf(input));
  if (restored.ok) expect(restoreManifest(restored.value)).toEqual(restored);
}

describe('fuzzing the manifest loader', () => {
  it('starts from valid manifests of both versions', () => {
    expect([restoreManifest(VALID_V1).ok, restoreManifest(VALID_V0).ok]).toEqual([true, true]);
  });

  it('accepts or refuses with reasons any value a host, file or link can carry', async () => {
    await target.property(fc.oneof(hostileValue, anyValue), restoresSafely, 400);
  });

  it('accepts or refuses with reasons valid manifests broken in a few places', async () => {
    await target.property(fc.oneof(mutatedJson(VALID_V1), mutatedJson(VALID_V0)), restoresSafely, 600);
  });

  it('accepts or refuses with reasons any manifest file text that parses', async () => {
    const text = JSON.stringify(VALID_V1, null, 2);
    await target.property(mutatedText(text), (edited) => restoresSafely(parsedOrNull(edited)), 300);
  });

  it(`reads nesting ${MAX_DEPTH.toLocaleString('en')} levels deep in every field without overflowing`, async () => {
    const deep = (open: string, close: string) => JSON.parse(`${open.repeat(MAX_DEPTH)}1${close.repeat(MAX_DEPTH)}`) as unknown;
    const fields = ['body', 'items', 'colours', 'variants', 'pose', 'packs', 'meta', 'format', 'version'];
    const inputs = fields.flatMap((field) => [deep('[', ']'), deep('{"a":', '}')].map((value) => ({ ...VALID_V1, [field]: value })));
    await target.each(inputs, restoresSafely);
  });
});

describe('what fuzzing the manifest loader found (fixed)', () => {
  it('shortens a 100,000-character key in the reason', () => {
    const restored = restoreManifest({ ...VALID_V1, colours: { ['k'.repeat(100_000)]: '#000000' } });
    expect(restored).toEqual({ ok: false, errors: [`colours.${'k'.repeat(40)}…: Invalid key in record`] });
  });

  it('says a field is missing instead of "received undefined"', () => {
    expect(restoreManifest({ ...VALID_V1, packs: [{ id: 'core', url: '/packs/core/pack.json' }] })).toEqual({ ok: false, errors: ['packs[0].version is missing'] });
  });
});

function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
