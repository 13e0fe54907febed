/**
 * Measures the decoded shape data against MakeHuman's exact evaluation straight from targets.bin
 * (original rows, no dedupe, no quantisation, float64), for grids or random samples of settings.
 */
import { applyShape } from '../../src/avatar/shape/apply';
import type { ShapeValues } from '../../src/avatar/shape/format';
import { DEFAULT_MACROS, MACRO_KEYS, type MacroValues } from '../../src/avatar/shape/macroWeights';
import type { ShapeModel } from '../../src/avatar/shape/model';
import { loadReferenceBody } from './referenceBody';
import { ADULT_MIN_AGE, DETAIL_CONTROLS } from './shapeControls';
import { listMacroTargets, macroTargetWeights } from './shapeMacros';
import { DM_TO_M, loadBaseVerticesDm, MH_BODY_VERTEX_COUNT, MH_VERTEX_COUNT, readTargets, targetIndex, TARGET_SCALE_DM } from './shapeSource';

export interface ShapeErrorStats {
  settings: number;
  maxBodyMm: number;
  rmsBodyMm: number;
  maxAllMm: number;
  rmsAllMm: number;
}

/** Exact positions (metres, reference frame) for any control values. */
export class ExactShapeEvaluator {
  private readonly macroTargets = listMacroTargets();
  private readonly macroRows = readTargets(this.macroTargets.map((t) => t.row));
  private readonly detailRows = new Map(
    DETAIL_CONTROLS.flatMap((c) => [...c.decrease, ...c.increase]).map((name) => [name, readTargets([targetIndex(name)])[0]!]),
  );
  private readonly base = loadBaseVerticesDm();

  evaluate(values: ShapeValues, out: Float64Array): void {
    const dm = new Float64Array(MH_VERTEX_COUNT * 3);
    dm.set(this.base);
    const weights = macroTargetWeights(this.macroTargets, macrosOf(values));
    this.macroRows.forEach((row, i) => addRow(row, weights[i]!, dm));
    for (const c of DETAIL_CONTROLS) {
      const v = values[c.id] ?? 0;
      for (const name of v < 0 ? c.decrease : c.increase) addRow(this.detailRows.get(name)!, Math.abs(v), dm);
    }
    const { translationY } = loadReferenceBody();
    for (let k = 0; k < out.length; k++) out[k] = dm[k]! * DM_TO_M + (k % 3 === 1 ? translationY : 0);
  }
}

function addRow(row: Int16Array, weight: number, dm: Float64Array): void {
  if (weight === 0) return;
  const f = weight * TARGET_SCALE_DM;
  for (let k = 0; k < row.length; k++) dm[k]! += f * row[k]!;
}

function macrosOf(values: ShapeValues): MacroValues {
  const m = { ...DEFAULT_MACROS };
  for (const key of MACRO_KEYS) m[key] = values[key] ?? m[key];
  return m;
}

/** The 3^6 corners/midpoints of gender, age (adult range), muscle, weight, height, proportions, times 3 pure ethnicities. */
export function macroGrid(): ShapeValues[] {
  const levels = (min: number) => [min, 0.5, 1];
  const out: ShapeValues[] = [];
  const axes = ['gender', 'age', 'muscle', 'weight', 'height', 'proportions'] as const;
  for (let n = 0; n < 729; n++) {
    const s: ShapeValues = {};
    axes.forEach((axis, i) => (s[axis] = levels(axis === 'age' ? ADULT_MIN_AGE : 0)[Math.floor(n / 3 ** i) % 3]!));
    for (const e of ['african', 'asian', 'caucasian']) out.push({ ...s, african: 0, asian: 0, caucasian: 0, [e]: 1 });
  }
  return out;
}

/** Deterministic pseudo-random settings of every control within its range. */
export function randomSettings(model: ShapeModel, count: number, seed = 1): ShapeValues[] {
  let state = seed;
  const next = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Object.fromEntries(model.controls.map((c) => [c.id, c.min + (c.max - c.min) * next()])));
}

export function measureShapeError(model: ShapeModel, settings: readonly ShapeValues[], exact = new ExactShapeEvaluator()): ShapeErrorStats {
  const decoded = new Float32Array(MH_VERTEX_COUNT * 3);
  const truth = new Float64Array(MH_VERTEX_COUNT * 3);
  const stats = { maxBody: 0, sumBody: 0, maxAll: 0, sumAll: 0 };
  for (const s of settings) {
    applyShape(model, s, decoded);
    exact.evaluate(s, truth);
    for (let v = 0; v < MH_VERTEX_COUNT; v++) {
      const k = v * 3;
      const e2 = (decoded[k]! - truth[k]!) ** 2 + (decoded[k + 1]! - truth[k + 1]!) ** 2 + (decoded[k + 2]! - truth[k + 2]!) ** 2;
      stats.maxAll = Math.max(stats.maxAll, e2);
      stats.sumAll += e2;
      if (v < MH_BODY_VERTEX_COUNT) {
        stats.maxBody = Math.max(stats.maxBody, e2);
        stats.sumBody += e2;
      }
    }
  }
  const mm = (x: number) => Math.sqrt(x) * 1000;
  return {
    settings: settings.length,
    maxBodyMm: mm(stats.maxBody),
    rmsBodyMm: mm(stats.sumBody / (settings.length * MH_BODY_VERTEX_COUNT)),
    maxAllMm: mm(stats.maxAll),
    rmsAllMm: mm(stats.sumAll / (settings.length * MH_VERTEX_COUNT)),
  };
}
