/**
 * The macro targets of the package (macrodetails + breast cup/firmness) and the exact MakeHuman
 * evaluation of a macro setting from targets.bin: the ground truth the compressed data is measured against.
 */
import {
  CORNER_NAMES,
  cornerIndex,
  fillCornerWeights,
  macroTargetWeight,
  type MacroValues,
} from '../../src/avatar/shape/macroWeights';
import {
  loadTargetNames,
  MH_VERTEX_COUNT,
  readTargets,
  shortTargetName,
  SourceLayoutError,
} from './shapeSource';

export interface MacroTarget {
  /** Short name, e.g. `macrodetails/height/female-young-averagemuscle-averageweight-maxheight`. */
  name: string;
  /** Row in targets.bin. */
  row: number;
  /** Corner words whose weights multiply into this target's weight. */
  corners: string[];
}

const MACRO_PATH = /^(macrodetails\/(height\/|proportions\/)?|breast\/female-)/;

/** Corner words of a macro target name, or null when the target is not a macro target. */
export function macroCornersOf(shortName: string): string[] | null {
  const match = MACRO_PATH.exec(shortName);
  if (!match) return null;
  const base = shortName.slice(shortName.lastIndexOf('/') + 1);
  const words = base.split('-');
  const known = new Set<string>(CORNER_NAMES);
  const unknown = words.filter((w) => !known.has(w));
  if (unknown.length > 0) {
    throw new SourceLayoutError('src/json/targets/target-list.json', `macro target words MakeHuman knows, got "${unknown.join(', ')}" in ${shortName}`);
  }
  return words;
}

let macroTargetsCache: MacroTarget[] | undefined;

export function listMacroTargets(): MacroTarget[] {
  if (macroTargetsCache) return macroTargetsCache;
  const out: MacroTarget[] = [];
  loadTargetNames().forEach((path, row) => {
    const name = shortTargetName(path);
    const corners = macroCornersOf(name);
    if (corners) out.push({ name, row, corners });
  });
  macroTargetsCache = out;
  return out;
}

export function macroTargetWeights(targets: readonly MacroTarget[], macros: MacroValues): Float64Array {
  const corners = new Float64Array(CORNER_NAMES.length);
  fillCornerWeights(macros, corners);
  return Float64Array.from(targets, (t) => macroTargetWeight(t.corners.map(cornerIndex), corners));
}

/** out += Σ weight_i * row_i, in the source unit (decimetres). */
export function accumulateRows(rows: readonly Int16Array[], weights: ArrayLike<number>, scale: number, out: Float64Array): void {
  rows.forEach((row, i) => {
    const w = (weights[i] ?? 0) * scale;
    if (w === 0) return;
    for (let k = 0; k < row.length; k++) out[k]! += w * row[k]!;
  });
}

/** Exact macro delta (decimetres, 19158 x 3) for one setting, reading only the rows it needs. */
export function exactMacroDeltaDm(macros: MacroValues): Float64Array {
  const targets = listMacroTargets();
  const weights = macroTargetWeights(targets, macros);
  const used = targets.map((_, i) => i).filter((i) => weights[i] !== 0);
  const rows = readTargets(used.map((i) => targets[i]!.row));
  const out = new Float64Array(MH_VERTEX_COUNT * 3);
  accumulateRows(rows, used.map((i) => weights[i]!), 1e-3, out);
  return out;
}
