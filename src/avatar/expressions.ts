/**
 * Facial expression units of a body pack (body/expressions.json + .bin): MakeHuman's CC0 expression targets
 * (eyelid closure, mouth opening, brow raise…), one sparse set of vertex deltas per unit and ethnicity. Exports
 * mix them into visemes and ARKit shapes (see src/export/morphRecipes.ts); the stage blinks with them.
 */
import { z } from 'zod';
import { validate } from '../core/validation';

export const EXPRESSIONS_FORMAT = 'avatar-atelier/expressions';
export const EXPRESSIONS_VERSION = 1;
export const ETHNICITIES = ['african', 'asian', 'caucasian'] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];

export const ExpressionsJson = z.object({
  format: z.literal(EXPRESSIONS_FORMAT),
  version: z.literal(EXPRESSIONS_VERSION),
  /** Metres per stored integer step. */
  scale: z.number().positive(),
  /**
   * One entry per unit and ethnicity. In the .bin at `byteOffset`: `count` Uint16 MakeHuman vertex numbers,
   * padded to 4 bytes, then `count` × 3 Int16 deltas (x, y, z).
   */
  units: z.array(z.object({ name: z.string().min(1), ethnicity: z.enum(ETHNICITIES), count: z.number().int().min(0), byteOffset: z.number().int().min(0) })),
});
export type ExpressionsJson = z.infer<typeof ExpressionsJson>;

export interface ExpressionUnit {
  vertices: Uint16Array;
  /** Metres, 3 per listed vertex. */
  deltas: Float32Array;
}

/** Units by name, then by ethnicity. */
export type ExpressionUnits = ReadonlyMap<string, Readonly<Record<Ethnicity, ExpressionUnit>>>;

/** The byte length of one unit's block in the .bin. */
export function unitByteLength(count: number): number {
  return Math.ceil((count * 2) / 4) * 4 + count * 6;
}

export function parseExpressions(json: unknown, bin: Uint8Array): ExpressionUnits {
  const checked = validate(ExpressionsJson, json);
  if (!checked.ok) throw new Error(`expressions.json is invalid: ${checked.errors.slice(0, 3).join('; ')}`);
  const { scale, units } = checked.value;
  const byName = new Map<string, Partial<Record<Ethnicity, ExpressionUnit>>>();
  for (const unit of units) {
    if (unit.byteOffset + unitByteLength(unit.count) > bin.byteLength) throw new Error(`expressions.bin is too short for the unit "${unit.name}"`);
    const start = bin.byteOffset + unit.byteOffset;
    const vertices = new Uint16Array(bin.buffer.slice(start, start + unit.count * 2));
    const raw = new Int16Array(bin.buffer.slice(start + Math.ceil((unit.count * 2) / 4) * 4, start + unitByteLength(unit.count)));
    const entry = byName.get(unit.name) ?? {};
    entry[unit.ethnicity] = { vertices, deltas: Float32Array.from(raw, (value) => value * scale) };
    byName.set(unit.name, entry);
  }
  for (const [name, entry] of byName) {
    if (ETHNICITIES.some((ethnicity) => !entry[ethnicity])) throw new Error(`expressions.json lacks some ethnicities of the unit "${name}"`);
  }
  return byName as ExpressionUnits;
}

/** A face shape as a weighted mix of expression units, optionally limited to one half of the face. */
export interface ExpressionRecipe {
  units: readonly (readonly [unit: string, weight: number])[];
  /** Only the avatar's left (+X) or right (−X) half of the face. */
  side?: 'left' | 'right';
}

export const EYES_CLOSED: ExpressionRecipe = { units: [['eye-left-closure', 1], ['eye-right-closure', 1]] };

/** Half-width (metres) of the blend between the face's left and right halves for one-sided shapes. */
const MIDLINE_BLEND = 0.006;

/**
 * A recipe's deltas over every MakeHuman vertex (metres, 3 per vertex), the units' ethnic variants weighted by
 * `ethnicMix` (african, asian, caucasian) like the body. `reference` (the default body) decides the face halves.
 */
export function mixExpression(recipe: ExpressionRecipe, units: ExpressionUnits, ethnicMix: readonly number[], reference: Float32Array): Float32Array {
  const out = new Float32Array(reference.length);
  for (const [unitName, weight] of recipe.units) {
    const unit = units.get(unitName);
    if (!unit) throw new Error(`the body pack has no expression unit "${unitName}"`);
    ETHNICITIES.forEach((ethnicity, e) => {
      const { vertices, deltas } = unit[ethnicity];
      const w = weight * (ethnicMix[e] ?? 1 / 3);
      for (let i = 0; i < vertices.length; i += 1) {
        const v = vertices[i]!;
        const side = recipe.side ? sideWeight(reference[v * 3]!, recipe.side) : 1;
        for (let k = 0; k < 3; k += 1) out[v * 3 + k]! += w * side * deltas[i * 3 + k]!;
      }
    });
  }
  return out;
}

function sideWeight(x: number, side: 'left' | 'right'): number {
  const t = Math.min(1, Math.max(0, (x + MIDLINE_BLEND) / (2 * MIDLINE_BLEND)));
  const left = t * t * (3 - 2 * t);
  return side === 'left' ? left : 1 - left;
}
