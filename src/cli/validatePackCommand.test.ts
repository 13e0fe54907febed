import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { coreSkeletonForTests } from '../packs/validate/testCore';
import { buildTestPackZip, type TestPackZip } from '../packs/validate/testFixtures';
import { rigidAccessoryGlb } from '../packs/validate/testGlbs';
import { noisePng } from '../packs/validate/testImages';
import { assetEntry, manifestWith } from '../packs/validate/testPacks';
import type { PackReport } from '../packs/validate';
import { runCli } from './main';

const PACKS_DIR = 'public/packs';
const folder = mkdtempSync(join(tmpdir(), 'avatar-validate-'));
let fixture: TestPackZip;
let zipPath: string;

function capture() {
  const lines = { stdout: [] as string[], stderr: [] as string[] };
  return { lines, io: { stdout: (line: string) => lines.stdout.push(line), stderr: (line: string) => lines.stderr.push(line) } };
}

beforeAll(async () => {
  fixture = await buildTestPackZip(await coreSkeletonForTests());
  zipPath = join(folder, 'test-pack.zip');
  writeFileSync(zipPath, fixture.zip);
}, 60_000);

describe('avatar-atelier validate-pack', () => {
  it('prints the report of a zip as JSON with the expected findings, and exits 1 for its errors', async () => {
    const { lines, io } = capture();
    expect(await runCli(['validate-pack', zipPath, '--json'], PACKS_DIR, io)).toBe(1);
    const report = JSON.parse(lines.stdout.join('\n')) as PackReport;
    const key = (f: { asset?: string; code: string }) => `${f.asset ?? ''}:${f.code}`;
    expect(report.findings.map(key).sort()).toEqual(fixture.expected.map(key).sort());
    expect(lines.stderr).toEqual([]);
  }, 60_000);

  it('validates a folder as text and exits 0 when it has only warnings', async () => {
    const pack = join(folder, 'glasses-pack');
    mkdirSync(join(pack, 'items'), { recursive: true });
    mkdirSync(join(pack, 'thumbs'));
    const head = (await coreSkeletonForTests()).joints.find((joint) => joint.name === 'Head')!.position;
    writeFileSync(join(pack, 'items/round.glb'), await rigidAccessoryGlb({ centre: head, size: [0.14, 0.04, 0.02] }));
    writeFileSync(join(pack, 'thumbs/round.png'), noisePng(128, 128));
    const round = assetEntry('round', 'glasses', { glb: 'items/round.glb', attach: { bone: 'Head' }, licence: { spdx: 'CC-BY-4.0', author: 'Ada' } });
    writeFileSync(join(pack, 'pack.json'), JSON.stringify(manifestWith({ assets: [round] })));
    const { lines, io } = capture();
    expect(await runCli(['validate-pack', pack], PACKS_DIR, io)).toBe(0);
    expect(lines.stdout.join('\n')).toMatch(/^Pack "tests" \(Tests\): 0 errors, 1 warning, 0 infos\n\nAssets\nround: glasses · rigid · 12 triangles/);
    expect(lines.stdout.join('\n')).toContain('WARNING LICENCE_ATTRIBUTION_MISSING');
  });

  it('drafts and validates a lone GLB', async () => {
    const glb = join(folder, 'Aviator Glasses.glb');
    const head = (await coreSkeletonForTests()).joints.find((joint) => joint.name === 'Head')!.position;
    writeFileSync(glb, await rigidAccessoryGlb({ centre: head, size: [0.14, 0.04, 0.02] }));
    const { lines, io } = capture();
    expect(await runCli(['validate-pack', glb, '--json'], PACKS_DIR, io)).toBe(0);
    const report = JSON.parse(lines.stdout.join('\n')) as PackReport;
    expect(report.assets).toMatchObject([{ id: 'aviator-glasses', slot: 'glasses', kind: 'rigid' }]);
    expect(lines.stderr).toEqual([]);
  });

  it('says when a lone GLB\'s name gives no slot, and takes one from --slot', async () => {
    const glb = join(folder, 'model_03.glb');
    const head = (await coreSkeletonForTests()).joints.find((joint) => joint.name === 'Head')!.position;
    writeFileSync(glb, await rigidAccessoryGlb({ centre: head, size: [0.2, 0.1, 0.2] }));
    const guessed = capture();
    await runCli(['validate-pack', glb, '--json'], PACKS_DIR, guessed.io);
    expect(guessed.lines.stderr).toEqual(['avatar-atelier: the name model_03.glb does not say which slot it goes in; checked as "accessory" (choose one with --slot)']);
    const chosen = capture();
    await runCli(['validate-pack', glb, '--json', '--slot', 'headwear'], PACKS_DIR, chosen.io);
    expect((JSON.parse(chosen.lines.stdout.join('\n')) as PackReport).assets).toMatchObject([{ id: 'model_03', slot: 'headwear' }]);
    expect(chosen.lines.stderr).toEqual([]);
  });

  it.each([
    [['validate-pack'], /takes one pack folder/],
    [['validate-pack', 'a', 'b'], /takes one pack folder/],
    [['validate-pack', 'nowhere.zip'], /cannot read nowhere\.zip/],
    [['validate-pack', '.', '--wings'], /Unknown option '--wings'/],
  ])('exits 2 with a one-line reason for %j', async (args, reason) => {
    const { lines, io } = capture();
    expect(await runCli(args, PACKS_DIR, io)).toBe(2);
    expect(lines.stderr).toHaveLength(1);
    expect(lines.stderr[0]).toMatch(reason);
  });

  it('runs as a command (bin/avatar-atelier.mjs) with exit code 1 on errors', async () => {
    const failed = await promisify(execFile)(process.execPath, ['bin/avatar-atelier.mjs', 'validate-pack', zipPath]).catch((error: { code: number; stdout: string }) => error);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stdout: string }).stdout).toMatch(/^Pack "test-pack" \(Test pack\): 9 errors, 4 warnings, 1 info/);
  }, 60_000);
});
