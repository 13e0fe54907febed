import { describe, expect, it } from 'vitest';
import { applyShape, clampShapeValues, defaultShapeValues, lowestBodyY, setEthnicity } from './apply';
import { MACRO_KEYS } from './macroWeights';
import { parseShapeData } from './model';

/** Zigzag LEB128 bytes for small signed integers (`u:` prefix = unsigned). */
function varints(values: (number | string)[]): number[] {
  return values.flatMap((x) => {
    let v = typeof x === 'string' ? Number(x.slice(2)) : x >= 0 ? 2 * x : -2 * x - 1;
    const out: number[] = [];
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.push(v);
    return out;
  });
}

/** Three vertices in a chain; target 0 (dense) moves all +x, target 1 (sparse) moves vertex 2 +z. */
function syntheticShape() {
  const tree = varints([0, 'u:0', 1, 'u:1', 1, 'u:1']);
  const reference = varints([0, 1, 3, 0, 200, 3, 0, 3, 3]);
  const dense = varints([1, 0, 0, 0, 0, 0, 0, 0, 0]);
  const sparse = varints(['u:2', 0, 0, 5]);
  const bin = new Uint8Array([...tree, ...reference, ...dense, ...sparse]);
  let at = 0;
  const range = (bytes: number[]) => ({ byteOffset: (at += bytes.length) - bytes.length, byteLength: bytes.length });
  const macro = (id: string) => ({ id, group: 'macro', part: 'main', name: { en: id, fr: id }, min: id === 'age' ? 0.5 : 0, max: 1, default: ['african', 'asian', 'caucasian'].includes(id) ? 1 / 3 : 0.5 });
  const json = {
    format: 'avatar-atelier/shape',
    version: 1,
    vertexCount: 3,
    bodyVertexCount: 2,
    translationY: 0,
    tree: range(tree),
    reference: { ...range(reference), scale: 0.001 },
    targets: [
      { name: 'all +x', encoding: 'dense', scale: 0.001, ...range(dense) },
      { name: 'vertex 2 +z', encoding: 'sparse', count: 1, scale: 0.001, ...range(sparse) },
    ],
    macroTargets: [{ target: 0, corners: ['male'] }],
    controls: [...MACRO_KEYS.map(macro), { id: 'bump', group: 'body', part: 'belly', name: { en: 'Bump', fr: 'Bosse' }, min: -1, max: 1, default: 0, decrease: [0], increase: [1] }],
  };
  return { json, bin: bin.buffer };
}

describe('shape runtime on a synthetic model', () => {
  const model = parseShapeData(syntheticShape().json, syntheticShape().bin);
  const out = new Float32Array(9);

  it('reproduces the reference at the default values', () => {
    applyShape(model, defaultShapeValues(model), out);
    expect([...out]).toEqual([...model.reference]);
    expect(Array.from(model.reference, (x) => Math.round(x * 1000))).toEqual([0, 0, 0, 1, 200, 3, 4, 203, 6]);
    expect(lowestBodyY(model, out)).toBe(0);
  });

  it('applies macro weights relative to the reference and detail controls on both sides', () => {
    applyShape(model, { gender: 1 }, out);
    expect(out[0]).toBeCloseTo(0.0005, 9);
    applyShape(model, { gender: 0, bump: 1 }, out);
    expect(out[3]).toBeCloseTo(0.001 - 0.0005, 9);
    expect(out[8]).toBeCloseTo(0.006 + 0.005, 9);
    applyShape(model, { bump: -0.5 }, out);
    expect(out[6]).toBeCloseTo(0.004 + 0.0005, 9);
  });

  it('clamps values into range, fills defaults, drops unknown ids and renormalises ethnicity', () => {
    const v = clampShapeValues(model, { age: 0.1, bump: 3, weight: Number.NaN, bogus: 1, african: 2, asian: 0, caucasian: 2 });
    expect(v.age).toBe(0.5);
    expect(v.bump).toBe(1);
    expect(v.weight).toBe(0.5);
    expect(v.bogus).toBeUndefined();
    expect([v.african, v.asian, v.caucasian]).toEqual([0.5, 0, 0.5]);
    expect(Object.keys(v)).toHaveLength(model.controls.length);
  });

  it('keeps the three ethnic values summing to 1 when one moves', () => {
    const v = setEthnicity({ african: 0.2, asian: 0.6, caucasian: 0.2 }, 'african', 0.6);
    expect(v.african).toBe(0.6);
    expect(v.asian).toBeCloseTo(0.3, 12);
    expect(v.caucasian).toBeCloseTo(0.1, 12);
    const w = setEthnicity({ african: 1, asian: 0, caucasian: 0 }, 'african', 0.4);
    expect([w.asian, w.caucasian]).toEqual([0.3, 0.3]);
    expect(setEthnicity(v, 'asian', 7).asian).toBe(1);
  });

  it('rejects broken data with a plain message', () => {
    const { json, bin } = syntheticShape();
    expect(() => parseShapeData({ ...json, version: 2 }, bin)).toThrow(/version 2/);
    expect(() => parseShapeData({ hello: 1 }, bin)).toThrow(/not an avatar-atelier shape file/);
    expect(() => parseShapeData(json, bin.slice(0, 10))).toThrow(/outside shape.bin/);
    expect(() => parseShapeData({ ...json, macroTargets: [{ target: 5, corners: ['male'] }] }, bin)).toThrow(/past the target list/);
    expect(() => parseShapeData({ ...json, macroTargets: [{ target: 0, corners: ['tall'] }] }, bin)).toThrow(/unknown corner "tall"/);
    expect(() => parseShapeData({ ...json, controls: json.controls.slice(1) }, bin)).toThrow(/gender are missing/);
    expect(() => applyShape(parseShapeData(json, bin), {}, new Float32Array(3))).toThrow(/must hold 9/);
  });
});
