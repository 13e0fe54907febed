import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectReadable, expectResult, textOf } from '../../core/fuzz/checks';
import { fuzzTarget } from '../../core/fuzz/fuzzRun';
import { hostileString, hostileValue, MAX_DEPTH } from '../../core/fuzz/hostile';
import { jsonTextOf, mutatedJson, mutatedText } from '../../core/fuzz/mutate';
import { loadPack, parsePackManifest } from '../loadPack';
import { VALID_PACK } from './validPack';

const target = fuzzTarget('pack.json loader (loadPack)');
const URL = 'https://packs.example.com/tests/pack.json';

/** Loaded means valid (its manifest parses again to the same); refused means readable reasons. */
async function loadsSafely(text: string): Promise<void> {
  const loaded = await loadPack(URL, async () => text);
  expectResult(loaded, text);
  if (!loaded.ok) return;
  expect(parsePackManifest(loaded.value.manifest)).toEqual({ ok: true, value: loaded.value.manifest });
  expect(loaded.value.hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
}

describe('fuzzing the pack.json loader', () => {
  it('starts from valid pack.json files', async () => {
    for (const text of [jsonTextOf(VALID_PACK, 2)!, readFileSync('public/packs/accessories/pack.json', 'utf8')]) expect((await loadPack(URL, async () => text)).ok).toBe(true);
  });

  it('loads or refuses with reasons any text', async () => {
    await target.property(hostileString, loadsSafely, 300);
  });

  it('loads or refuses with reasons valid pack.json broken in a few places', async () => {
    const broken = mutatedJson(VALID_PACK).map(jsonTextOf).filter((text) => text !== null);
    await target.property(broken, loadsSafely, 350);
  });

  it('loads or refuses with reasons valid pack.json text cut, spliced and overwritten', async () => {
    await target.property(mutatedText(jsonTextOf(VALID_PACK, 2)!), loadsSafely, 400);
  });

  it('loads or refuses a real pack.json broken in a few places', async () => {
    const accessories = JSON.parse(readFileSync('public/packs/accessories/pack.json', 'utf8')) as unknown;
    await target.property(mutatedJson(accessories).map(jsonTextOf).filter((text) => text !== null), loadsSafely, 40);
  });

  it(`refuses nesting ${MAX_DEPTH.toLocaleString('en')} levels deep in any field`, async () => {
    const deep = `${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`;
    const fields = Object.keys(VALID_PACK);
    await target.each(fields, (field) => loadsSafely(jsonTextOf(VALID_PACK, 2)!.replace(`"${field}":`, `"${field}": ${deep}, "was":`)));
  });

  it('says why when the download fails, whatever it fails with', async () => {
    // Rejections with any value, and Errors with any short message (a network error's message is short).
    const failures = fc.oneof(hostileValue, fc.string({ unit: 'binary', maxLength: 100 }).map((message) => new Error(message)));
    await target.property(
      failures,
      async (failure) => {
        const loaded = await loadPack(URL, () => Promise.reject(failure));
        expect(loaded.ok).toBe(false);
        if (!loaded.ok) expectReadable(loaded.errors, textOf(failure) + textOf((failure as Error | null)?.message));
      },
      200,
    );
  });
});

describe('what fuzzing the pack.json loader found (fixed)', () => {
  it('says the download failed when the fetch rejects with something other than an Error', async () => {
    expect(await loadPack(URL, () => Promise.reject(null))).toEqual({ ok: false, errors: [`could not download ${URL}: the download failed`] });
  });
});
