/**
 * Runs the shape bake into a folder and prints sizes, approximation errors and timings.
 * Usage: npx tsx scripts/bake/try-shape.ts /tmp/shapeout
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyShape } from '../../src/avatar/shape/apply';
import { parseShapeData } from '../../src/avatar/shape/model';
import { bakeShape } from './shapeBake';
import { ExactShapeEvaluator, macroGrid, measureShapeError, randomSettings } from './shapeError';

async function main(outDir: string): Promise<void> {
  let t = performance.now();
  const result = await bakeShape(outDir);
  console.log(`bake: ${((performance.now() - t) / 1000).toFixed(1)} s, ${result.controls} controls`);
  console.log(`size: raw ${(result.rawBytes / 1e6).toFixed(2)} MB, gzip ${(result.gzipBytes / 1e6).toFixed(2)} MB`);
  const json: unknown = JSON.parse(await readFile(join(outDir, result.shape), 'utf8'));
  const bin = await readFile(join(outDir, result.shapeData));
  t = performance.now();
  const model = parseShapeData(json, bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
  console.log(`parse: ${(performance.now() - t).toFixed(0)} ms`);
  printTiming(model);
  const exact = new ExactShapeEvaluator();
  for (const [label, settings] of [['macro grid 3^6 x 3 ethnic', macroGrid()], ['500 random settings (all controls)', randomSettings(model, 500)]] as const) {
    t = performance.now();
    const e = measureShapeError(model, settings, exact);
    console.log(`${label}: body max ${e.maxBodyMm.toFixed(3)} mm, rms ${e.rmsBodyMm.toFixed(4)} mm; all vertices max ${e.maxAllMm.toFixed(3)} mm, rms ${e.rmsAllMm.toFixed(4)} mm (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
}

function printTiming(model: ReturnType<typeof parseShapeData>): void {
  const out = new Float32Array(model.vertexCount * 3);
  const settings = randomSettings(model, 200, 7);
  for (const s of settings.slice(0, 20)) applyShape(model, s, out);
  const t = performance.now();
  for (const s of settings) applyShape(model, s, out);
  console.log(`applyShape: ${((performance.now() - t) / settings.length).toFixed(2)} ms per call (every control random)`);
}

await main(process.argv[2] ?? '/tmp/shapeout');
