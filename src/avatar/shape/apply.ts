/**
 * Evaluating body controls: positions = reference + Σ weight × target. Allocation-free per call so a
 * slider drag can run it every frame.
 */
import type { ShapeValues } from './format';
import type { DecodedTarget, ShapeModel } from './model';
import { accumulateWeights } from './weights';

/** Weights below this are skipped (far under the 0.1 mm storage step for any target). */
const NEGLIGIBLE_WEIGHT = 1e-7;

export function defaultShapeValues(model: ShapeModel): ShapeValues {
  return Object.fromEntries(model.controls.map((c) => [c.id, c.default]));
}

const ETHNIC = ['african', 'asian', 'caucasian'] as const;

/**
 * Every control present, finite and inside its range; unknown ids dropped; the three ethnic values
 * renormalised to sum 1 (all zero becomes equal thirds).
 */
export function clampShapeValues(model: ShapeModel, values: Readonly<ShapeValues>): ShapeValues {
  const out: ShapeValues = {};
  for (const c of model.controls) {
    const v = values[c.id];
    out[c.id] = typeof v === 'number' && Number.isFinite(v) ? Math.min(c.max, Math.max(c.min, v)) : c.default;
  }
  const sum = ETHNIC.reduce((s, k) => s + (out[k] ?? 0), 0);
  for (const k of ETHNIC) out[k] = sum > 1e-9 ? (out[k] ?? 0) / sum : 1 / 3;
  return out;
}

/**
 * Sets one ethnic value (clamped to [0, 1]) and scales the other two so the three sum to 1, keeping
 * their ratio (MakeHuman's behaviour); when both others are 0 they share the rest equally.
 */
export function setEthnicity(values: Readonly<ShapeValues>, key: (typeof ETHNIC)[number], value: number): ShapeValues {
  const v = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  const others = ETHNIC.filter((k) => k !== key);
  const otherSum = others.reduce((s, k) => s + Math.max(0, values[k] ?? 0), 0);
  const out: ShapeValues = { ...values, [key]: v };
  for (const k of others) out[k] = otherSum > 1e-9 ? ((1 - v) * Math.max(0, values[k] ?? 0)) / otherSum : (1 - v) / 2;
  return out;
}

function addTarget(target: DecodedTarget, weight: number, out: Float32Array): void {
  const f = weight * target.scale;
  const values = target.values;
  if (target.kind === 'dense') {
    for (let k = 0; k < values.length; k++) out[k]! += f * values[k]!;
    return;
  }
  const vertices = target.vertices;
  for (let i = 0; i < vertices.length; i++) {
    const o = vertices[i]! * 3;
    const s = i * 3;
    out[o]! += f * values[s]!;
    out[o + 1]! += f * values[s + 1]!;
    out[o + 2]! += f * values[s + 2]!;
  }
}

/**
 * Writes the shaped positions of all MakeHuman vertices (metres, reference frame) into `out`
 * (length vertexCount x 3). Values should be clamped first (`clampShapeValues`); missing ids
 * take their defaults.
 */
export function applyShape(model: ShapeModel, values: Readonly<ShapeValues>, out: Float32Array): void {
  if (out.length !== model.vertexCount * 3) throw new Error(`applyShape: out must hold ${model.vertexCount * 3} numbers`);
  const weights = model.scratch.targetWeights;
  accumulateWeights(model, values, weights);
  const atReference = model.referenceWeights;
  out.set(model.reference);
  for (let t = 0; t < weights.length; t++) {
    const w = weights[t]! - atReference[t]!;
    if (w > NEGLIGIBLE_WEIGHT || w < -NEGLIGIBLE_WEIGHT) addTarget(model.targets[t]!, w, out);
  }
}

/** Lowest Y over the body vertices (not helpers): lets the app keep the feet on the floor. */
export function lowestBodyY(model: ShapeModel, positions: Float32Array): number {
  let min = Infinity;
  for (let v = 0; v < model.bodyVertexCount; v++) min = Math.min(min, positions[v * 3 + 1]!);
  return min;
}
