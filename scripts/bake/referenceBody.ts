/**
 * The reference body: the default preset's body (its macro values; details at 0), in metres, moved up so
 * the lowest body vertex sits on Y = 0. Every GLB of the core pack is baked at this body and shape deltas
 * are relative to it, so the first view shows the default avatar before any shape data has arrived.
 */
import { DEFAULT_MACROS, MACRO_KEYS, type MacroValues } from '../../src/avatar/shape/macroWeights';
import { PRESETS } from './presets';
import { exactMacroDeltaDm } from './shapeMacros';
import { DM_TO_M, loadBaseVerticesDm, MH_BODY_VERTEX_COUNT, MH_VERTEX_COUNT } from './shapeSource';

export interface ReferenceBody {
  /** 19158 x 3, metres, translated: the default human. */
  positions: Float32Array;
  /** 19158 x 3: the source base mesh (no targets) in metres, with the same translation. */
  rawPositions: Float32Array;
  /** Added to every Y (metres) so the reference body's lowest body vertex is at Y = 0. */
  translationY: number;
}

/** Macro values of the reference body: the first (default) preset's, MakeHuman's defaults for the rest. */
export const REFERENCE_MACROS: Readonly<MacroValues> = referenceMacros();

function referenceMacros(): MacroValues {
  const preset = PRESETS[0]?.body ?? {};
  const macros = { ...DEFAULT_MACROS };
  for (const key of MACRO_KEYS) if (typeof preset[key] === 'number') macros[key] = preset[key];
  return macros;
}

let cache: ReferenceBody | undefined;

export function loadReferenceBody(): ReferenceBody {
  cache ??= computeReferenceBody();
  return cache;
}

function computeReferenceBody(): ReferenceBody {
  const base = loadBaseVerticesDm();
  const delta = exactMacroDeltaDm(REFERENCE_MACROS);
  const untranslated = new Float64Array(MH_VERTEX_COUNT * 3);
  for (let k = 0; k < untranslated.length; k++) untranslated[k] = (base[k]! + delta[k]!) * DM_TO_M;
  const translationY = -lowestBodyY(untranslated);
  const positions = new Float32Array(untranslated.length);
  const rawPositions = new Float32Array(untranslated.length);
  for (let k = 0; k < untranslated.length; k++) {
    const shift = k % 3 === 1 ? translationY : 0;
    positions[k] = untranslated[k]! + shift;
    rawPositions[k] = base[k]! * DM_TO_M + shift;
  }
  return { positions, rawPositions, translationY };
}

function lowestBodyY(positions: Float64Array): number {
  let min = Infinity;
  for (let v = 0; v < MH_BODY_VERTEX_COUNT; v++) min = Math.min(min, positions[v * 3 + 1]!);
  return min;
}
