/**
 * Export measurements: the browser export of the default avatar through the QA API (time, size, triangles, draw
 * calls for several option sets, validator findings) and the CLI's time per avatar including start-up.
 */
import type { Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockingIssues, validateGlb } from '../bake/gltfValidation';
import { median } from './browser';
import { openWarmPage } from './liveAvatar';
import type { Metric } from './report';

type Options = Record<string, string | number>;

/** Option sets reported for the default avatar (the first is the product's default). */
const OPTION_SETS: Record<string, Options> = {
  default: {},
  full: { lod: 0, textureAtlas: 'none', morphTargets: 'all' },
  low: { lod: 2, textureAtlas: 512, morphTargets: 'none' },
  tPose: { pose: 'T' },
  meshopt: { compression: 'meshopt' },
};

async function exportInPage(page: Awaited<ReturnType<typeof openWarmPage>>, request: Options): Promise<{ ms: number; bytes: Uint8Array }> {
  const { ms, base64 } = await page.evaluate(async (req) => {
    const start = performance.now();
    const out = await window.avatarAtelier!.exportAvatar({ format: 'glb', ...req } as never);
    const ms = performance.now() - start;
    let text = '';
    for (let i = 0; i < out.length; i += 0x8000) text += String.fromCharCode(...out.subarray(i, i + 0x8000));
    return { ms, base64: btoa(text) };
  }, request);
  return { ms, bytes: new Uint8Array(Buffer.from(base64, 'base64')) };
}

/** Browser exports of the default avatar; also returns its manifest for the CLI measurement. */
export async function exportMetrics(browser: Browser, appUrl: string): Promise<{ metrics: Record<string, Metric>; manifest: unknown }> {
  const page = await openWarmPage(browser, appUrl);
  const first = await exportInPage(page, {});
  const warm: number[] = [];
  for (let run = 0; run < 5; run += 1) warm.push((await exportInPage(page, {})).ms);
  const metrics: Record<string, Metric> = {
    exportGlbMs: { value: median(warm), unit: 'ms', budget: '≤ 1500', note: 'default avatar, default options, median of 5 exports in a warm page (browser)' },
    exportGlbFirstMs: { value: first.ms, unit: 'ms', note: 'the first export of a page, including loading the exporter and its codecs' },
  };
  for (const [name, options] of Object.entries(OPTION_SETS)) {
    const { bytes } = name === 'default' ? first : await exportInPage(page, options);
    const report = await validateGlb(bytes);
    const label = `options ${JSON.stringify(options)}`;
    metrics[`export_${name}_bytes`] = { value: bytes.length, unit: 'B', budget: name === 'default' ? '≤ 2097152' : undefined, note: label };
    metrics[`export_${name}_triangles`] = { value: report.info.totalTriangleCount, unit: 'triangles', budget: name === 'default' ? '≤ 25000' : undefined };
    metrics[`export_${name}_drawCalls`] = { value: report.info.drawCallCount, unit: 'calls', budget: name === 'default' ? '≤ 2' : undefined };
    metrics[`export_${name}_validatorIssues`] = { value: blockingIssues(report).length, unit: 'errors + warnings', budget: '≤ 0' };
  }
  const manifest = await page.evaluate(() => window.avatarAtelier!.getManifest());
  await page.close();
  return { metrics, manifest };
}

/** Runs the CLI as a game server would, a fresh process per avatar (call it once the browser has quit). */
export function cliMetrics(manifest: unknown): Record<string, Metric> {
  const folder = mkdtempSync(join(tmpdir(), 'avatar-cli-'));
  try {
    const manifestFile = join(folder, 'avatar.json');
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const times: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      execFileSync('node', ['bin/avatar-atelier.mjs', 'export', manifestFile, '--out', join(folder, 'avatar.glb'), '--packs', 'dist/packs'], { stdio: 'pipe' });
      times.push(performance.now() - start);
    }
    return { exportCliMs: { value: median(times), unit: 'ms', budget: '≤ 3000', note: 'CLI per avatar including Node start-up, default options, median of 3' } };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
