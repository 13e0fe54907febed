import { beforeAll, describe, expect, it } from 'vitest';
import { mutatedBytes } from '../../core/fuzz/bytes';
import { expectEachReadable, expectReadable } from '../../core/fuzz/checks';
import { fuzzTarget } from '../../core/fuzz/fuzzRun';
import { loadKhronosValidator, validatePack, type GltfValidator, type PackReport, type ReferenceSkeleton } from '../validate';
import { coreSkeletonForTests } from '../validate/testCore';
import { assetEntry, manifestWith, packFiles } from '../validate/testPacks';
import { malformedGlbs, validAccessoryGlb, type MalformedGlb } from './malformedGlbs';

const target = fuzzTarget('pack validator on malformed GLBs (validatePack)');
const FILE = 'items/hat.glb';
/** Read safely by the app, and still wrong: the validator says so with its own findings. */
const EXPECTED: Record<string, string> = {
  'node is its own child': 'GLTF_VALIDATOR_ERROR',
  'JSON is not UTF-8': 'GLTF_VALIDATOR_ERROR',
  'indices past the last vertex': 'GLTF_VALIDATOR_ERROR',
  'texture declaring 65,536 × 65,536 px': 'TEXTURE_TOO_LARGE',
};

let fixtures: MalformedGlb[];
let skeleton: ReferenceSkeleton;
let gltfValidator: GltfValidator;

beforeAll(async () => {
  [fixtures, skeleton, gltfValidator] = await Promise.all([malformedGlbs(), coreSkeletonForTests(), loadKhronosValidator()]);
});

/** A pack wearing `glb` as a hat, validated as a designer's pack is. */
function validateHat(glb: Uint8Array, withKhronos = true): Promise<PackReport> {
  const files = packFiles(manifestWith({ assets: [assetEntry('hat', 'headwear', { glb: FILE, attach: { bone: 'Head' } })] }), { [FILE]: glb });
  return validatePack(files, { skeleton, gltfValidator: withKhronos ? gltfValidator : null });
}

/** An error about the file itself, readable findings, and no rule that crashed on what it was given. */
function expectPreciseReport(report: PackReport, code = 'GLB_UNREADABLE'): void {
  expectReadable(report.findings.map((f) => f.message));
  expect(report.findings.filter((f) => f.code === 'ASSET_CHECK_FAILED')).toEqual([]);
  expect(report.findings).toContainEqual(expect.objectContaining({ code, severity: 'error', file: FILE }));
}

describe('malformed GLB fixtures through the pack validator', () => {
  it('passes the valid file they are made from', async () => {
    expect((await validateHat(await validAccessoryGlb())).summary.errors).toBe(0);
  });

  it('reports each malformed file as an error on that file, with the Khronos validator', async () => {
    await target.each(fixtures, async ({ name, bytes }) => expectPreciseReport(await validateHat(bytes), EXPECTED[name]));
  });
});

describe('fuzzing the pack validator on GLBs', () => {
  it('reports on the valid file with bits flipped, bytes changed and lengths lying', async () => {
    const valid = await validAccessoryGlb();
    await target.property(
      mutatedBytes(valid),
      async (glb) => {
        const report = await validateHat(glb);
        // Float data changed at random may be NaN, and the Khronos validator rightly says so.
        expectEachReadable(report.findings.map((f) => f.message), 'NaN');
        expect(report.findings.filter((f) => f.code === 'ASSET_CHECK_FAILED')).toEqual([]);
      },
      150,
    );
  });
});
