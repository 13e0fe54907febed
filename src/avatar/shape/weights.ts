/**
 * Target weights for a set of control values: MakeHuman's macro interpolation plus the detail
 * controls. Writes into a caller-owned array; allocates nothing.
 */
import type { ShapeValues } from './format';
import { fillCornerWeights, MACRO_KEYS, type MacroValues } from './macroWeights';
import type { ShapeModel } from './model';

type WeightInputs = Pick<ShapeModel, 'macroTarget' | 'macroCornerStart' | 'macroCorners' | 'details' | 'macroDefaults' | 'scratch'>;

function readMacros(values: Readonly<ShapeValues>, model: WeightInputs): MacroValues {
  const m = model.scratch.macros;
  for (const key of MACRO_KEYS) {
    const v = values[key];
    m[key] = typeof v === 'number' && Number.isFinite(v) ? v : model.macroDefaults[key];
  }
  return m;
}

/** weights[t] = total weight of target t for these values (missing ids take their defaults). */
export function accumulateWeights(model: WeightInputs, values: Readonly<ShapeValues>, weights: Float64Array): void {
  const corners = model.scratch.cornerWeights;
  weights.fill(0);
  fillCornerWeights(readMacros(values, model), corners);
  const { macroTarget, macroCornerStart, macroCorners } = model;
  for (let i = 0; i < macroTarget.length; i++) {
    let w = 1;
    for (let k = macroCornerStart[i]!; k < macroCornerStart[i + 1]!; k++) w *= corners[macroCorners[k]!]!;
    weights[macroTarget[i]!]! += w;
  }
  for (const d of model.details) {
    const raw = values[d.id];
    const v = typeof raw === 'number' && Number.isFinite(raw) ? raw : d.default;
    const list = v < 0 ? d.decrease : d.increase;
    for (let k = 0; k < list.length; k++) weights[list[k]!]! += Math.abs(v);
  }
}

