import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exportAvatarFile } from '../export';
import { PACKS_DIR, presetManifest } from '../export/testExport';
import { runCli } from './main';

function capture() {
  const lines = { stdout: [] as string[], stderr: [] as string[] };
  return { lines, io: { stdout: (line: string) => lines.stdout.push(line), stderr: (line: string) => lines.stderr.push(line) } };
}

describe('avatar-atelier export', () => {
  const folder = mkdtempSync(join(tmpdir(), 'avatar-cli-'));

  it('writes the same bytes as the exporter, with the options from its flags', async () => {
    const { manifest, sources } = await presetManifest('lena');
    const manifestPath = join(folder, 'lena.json');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const { lines, io } = capture();
    const out = join(folder, 'lena.vrm');
    expect(await runCli(['export', manifestPath, '--out', out, '--lod', '2', '--atlas', 'none', '--morphs', 'arkit'], PACKS_DIR, io)).toBe(0);
    expect(lines.stdout[0]).toMatch(/^wrote .*lena\.vrm/);
    const expected = await exportAvatarFile(manifest, sources, { lod: 2, textureAtlas: 'none', morphTargets: 'arkit' }, 'vrm');
    expect(Buffer.from(readFileSync(out)).equals(Buffer.from(expected))).toBe(true);
  }, 60_000);

  it.each([
    [['export', 'missing.json', '--out', 'x.glb'], /cannot read the manifest/],
    [['export', 'BAD', '--out', 'x.glb'], /items\.hair: .*no item/],
    [['export', 'GOOD', '--out', 'x.obj'], /--out must end in \.glb or \.vrm/],
    [['export', 'GOOD', '--out', 'x.glb', '--pose', 'Z'], /options\.pose/],
    [['export', 'GOOD', '--out', 'x.glb', '--wings'], /Unknown option '--wings'/],
    [['export', 'GOOD'], /--out are required/],
    [['export', 'GOOD', '--out', 'x.glb', '--packs', 'nowhere'], /no packs in|there are no packs/],
  ])('exits 2 with a one-line reason and writes nothing for %j', async (args, reason) => {
    const good = join(folder, 'good.json');
    const bad = join(folder, 'bad.json');
    writeFileSync(good, JSON.stringify((await presetManifest('sam')).manifest));
    writeFileSync(bad, JSON.stringify({ format: 'avatar-atelier/manifest', version: 1, items: { hair: 'core/nope' } }));
    const before = readdirSync(folder);
    const { lines, io } = capture();
    const resolved = args.map((arg) => (arg === 'GOOD' ? good : arg === 'BAD' ? bad : arg.endsWith('.glb') || arg.endsWith('.obj') ? join(folder, arg) : arg));
    expect(await runCli(resolved, PACKS_DIR, io)).toBe(2);
    expect(lines.stderr).toHaveLength(1);
    expect(lines.stderr[0]).toMatch(reason);
    expect(lines.stderr[0]).not.toContain('\n');
    expect(readdirSync(folder)).toEqual(before);
  }, 30_000);

  it('runs as a command (bin/avatar-atelier.mjs) and exits 2 on invalid input', async () => {
    const run = promisify(execFile);
    const manifestPath = join(folder, 'noah.json');
    writeFileSync(manifestPath, JSON.stringify((await presetManifest('noah')).manifest));
    const out = join(folder, 'noah.glb');
    await run(process.execPath, ['bin/avatar-atelier.mjs', 'export', manifestPath, '--out', out]);
    expect(existsSync(out)).toBe(true);
    const failed = await run(process.execPath, ['bin/avatar-atelier.mjs', 'export', manifestPath, '--out', join(folder, 'x.glb'), '--lod', '9']).catch((error: { code: number; stderr: string }) => error);
    expect((failed as { code: number }).code).toBe(2);
  }, 60_000);
});
