/**
 * Test helper: manifests that pass the schema but mix what the loaded packs have with what they do not: real and
 * invented items (some 100,000 characters long), items in the wrong slot, unknown variants, body values out of
 * range and unknown controls. These reach the checks against the packs that random input never gets past the
 * schema to.
 */
import fc from 'fast-check';
import { INHERITED_KEYS, longString, SPECIAL_NUMBERS } from '../../core/fuzz/hostile';
import type { BodyControl } from '../../core/bodyControls';
import type { LoadedPack } from '../../packs/loadPack';

const NAME = /^[a-z0-9][a-z0-9._-]{0,20}$/;

export function plausibleManifests(core: LoadedPack, controls: readonly BodyControl[]): fc.Arbitrary<Record<string, unknown>> {
  const assets = core.manifest.assets;
  const name = fc.stringMatching(NAME);
  const ref = fc.oneof(
    { arbitrary: fc.constantFrom(...assets.map((asset) => `core/${asset.id}`)), weight: 4 },
    fc.tuple(name, name).map(([pack, item]) => `${pack}/${item}`),
    longString.map((text) => `core/a${text.replace(/[^a-z]/g, 'x')}`),
  );
  const slot = fc.oneof(
    { arbitrary: fc.constantFrom(...new Set(assets.map((asset) => asset.slot))), weight: 4 },
    fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,31}$/),
    fc.constantFrom(...INHERITED_KEYS.filter((key) => /^[a-z]/.test(key))),
  );
  const variant = fc.oneof(fc.constantFrom(...assets.flatMap((asset) => asset.variants.map((v) => v.id)), 'none'), fc.string({ maxLength: 64 }));
  const control = fc.oneof({ arbitrary: fc.constantFrom(...controls.map((c) => c.id)), weight: 4 }, fc.string({ maxLength: 64 }), fc.constantFrom(...INHERITED_KEYS));
  const value = fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constantFrom(...SPECIAL_NUMBERS));
  return fc
    .record({
      items: fc.dictionary(slot, ref, { maxKeys: 6 }),
      variants: fc.dictionary(slot, variant, { maxKeys: 3 }),
      body: fc.dictionary(control, value, { maxKeys: 6 }),
      pose: fc.constantFrom('a', 't', 'relaxed', 'no-such-pose'),
    })
    .map((fields) => ({ format: 'avatar-atelier/manifest', version: 1, ...fields }));
}
