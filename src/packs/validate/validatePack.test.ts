import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { declareSize, zipOf } from '../zip/testZips';
import { loadKhronosValidator, type GltfValidator } from './khronos';
import { reportToText } from './reportText';
import { DEFAULT_SLOTS } from './slots';
import { CORE_PACK_DIR, coreSkeletonForTests, readFolderFiles } from './testCore';
import { buildTestPackZip, type TestPackZip } from './testFixtures';
import type { ReferenceSkeleton } from './types';
import { validatePack } from './validatePack';
import { usablePack } from './usablePack';
import { validatePackZip } from './validatePackZip';

let skeleton: ReferenceSkeleton;
let gltfValidator: GltfValidator;
let fixture: TestPackZip;

beforeAll(async () => {
  [skeleton, gltfValidator] = await Promise.all([coreSkeletonForTests(), loadKhronosValidator()]);
  fixture = await buildTestPackZip(skeleton);
}, 60_000);

const key = (f: { asset?: string; code: string }) => `${f.asset ?? '(pack)'}: ${f.code}`;

describe('validatePack on real packs', () => {
  it('passes the core pack with 0 errors; its only warnings are four items over the triangle budget', async () => {
    const files = readFolderFiles(CORE_PACK_DIR);
    const started = performance.now();
    const report = await validatePack(files, { gltfValidator });
    const seconds = (performance.now() - started) / 1000;
    console.info(`core pack: ${report.assets.length} assets validated in ${seconds.toFixed(2)} s`);
    expect(report.summary).toEqual({ errors: 0, warnings: 4, infos: 0 });
    expect(report.findings.map(key).sort()).toEqual(['eyebrows-01: TRIANGLES_OVER_BUDGET', 'eyelashes-01: TRIANGLES_OVER_BUDGET', 'f-dress-03: TRIANGLES_OVER_BUDGET', 'male-casualsuit01: TRIANGLES_OVER_BUDGET']);
    expect(report.assets).toHaveLength(109);
    expect(report.assets.filter((asset) => asset.kind === 'skinned' && asset.fitted)).toHaveLength(85);
  }, 60_000);

  it('passes the shipped accessory pack with no finding at all, against the core skeleton', async () => {
    const report = await validatePack(readFolderFiles('public/packs/accessories'), { gltfValidator, skeleton, knownSlots: [...DEFAULT_SLOTS] });
    expect(report.findings.map(key)).toEqual([]);
    expect(report.assets.length).toBeGreaterThanOrEqual(12);
    expect(report.assets.every((asset) => asset.kind === 'rigid')).toBe(true);
  }, 60_000);

  it('reports exactly the expected findings of the generated 20-asset, ~10 MB pack zip, well under 5 s', async () => {
    expect(fixture.zip.length).toBeGreaterThan(9_000_000);
    const started = performance.now();
    const { report, files } = await validatePackZip(fixture.zip, { gltfValidator, skeleton });
    const seconds = (performance.now() - started) / 1000;
    console.info(`test pack: ${(fixture.zip.length / 2 ** 20).toFixed(1)} MB, 20 assets validated in ${seconds.toFixed(2)} s`);
    expect(seconds).toBeLessThan(5);
    expect(report.findings.map(key).sort()).toEqual(fixture.expected.map(key).sort());
    expect(files.has('pack.json')).toBe(true);
    const good = report.assets.filter((asset) => fixture.goodAssets.includes(asset.id));
    expect(good.map((asset) => asset.summary)).toEqual(fixture.goodAssets.map(() => ({ errors: 0, warnings: 0, infos: 0 })));
    // The app can still load what has no error: the good items and those with warnings only.
    const usable = usablePack(files, report)!;
    expect(usable.assets.map((asset) => asset.id)).toEqual([...fixture.goodAssets, 'watch', 'belt', 'unfitted-top', 'heavy-coat']);
    expect(usable.presets.map((preset) => preset.id)).toEqual(['casual']);
  }, 60_000);

  it('offers no usable pack when the problem is the pack itself', async () => {
    const files = new Map([['pack.json', strToU8('{"oops"')]]);
    expect(usablePack(files, await validatePack(files))).toBeNull();
  });

  it('prints the same report as text: counts, each asset with its stats, each finding with its fix', async () => {
    const { report } = await validatePackZip(fixture.zip, { gltfValidator, skeleton });
    const text = reportToText(report);
    expect(text.split('\n')[0]).toBe(`Pack "test-pack" (Test pack): ${report.summary.errors} errors, ${report.summary.warnings} warnings, 1 info`);
    expect(text).toContain('tee: top · skinned · 528 triangles · 288 vertices · 1 material · 1 draw call · textures 1024×1024');
    expect(text).toMatch(/ {2}ERROR {3}SCALE_TOO_LARGE: It is 24\.0 m across.*\n {10}fix: Scale it by 0\.01/);
    expect(text).toContain('evil-path: not checked (its pack.json entry is invalid)');
  }, 60_000);
});

describe('validatePackZip on bad archives', () => {
  it('turns a corrupt zip into one plain finding', async () => {
    const { report, files } = await validatePackZip(strToU8('PK\u0003\u0004 definitely not a zip'));
    expect(report.findings.map(key)).toEqual(['(pack): ZIP_CORRUPT']);
    expect(report.findings[0]!.message).toMatch(/not a readable zip archive/);
    expect(files.size).toBe(0);
  });

  it('refuses a zip bomb before inflating it', async () => {
    const bomb = declareSize(zipOf({ 'pack.json': '{}', 'big.bin': new Uint8Array(100) }), 1, 4_000_000_000);
    const { report } = await validatePackZip(bomb);
    expect(report.findings.map(key)).toEqual(['(pack): PACK_TOO_LARGE']);
  });
});
