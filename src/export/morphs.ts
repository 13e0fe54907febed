/**
 * Morph targets for every part: each recipe's expression units, mixed by the avatar's ethnicity values, give
 * deltas over MakeHuman vertices; the body takes them through its vertex numbers, worn items through their
 * fitting references (so lashes and brows follow the eyelids and brows).
 */
import { ETHNICITIES, type ExpressionUnits } from '../avatar/expressions';
import { clampShapeValues } from '../avatar/shape';
import type { AssembledAvatar, AvatarPart } from './assemble';
import type { MorphTarget } from './meshes';
import { MORPH_SETS, type MorphRecipe } from './morphRecipes';
import type { ExportOptions } from './options';
import type { ExportInputs } from './sources';

/** Half-width (metres) of the blend between the face's left and right halves for one-sided shapes. */
const MIDLINE_BLEND = 0.006;

export function withMorphs(avatar: AssembledAvatar, inputs: ExportInputs, set: ExportOptions['morphTargets']): AssembledAvatar {
  const recipes = Object.entries(MORPH_SETS[set]);
  if (recipes.length === 0 || !inputs.expressions) return avatar;
  const values = clampShapeValues(inputs.model, inputs.manifest.body);
  const mix = ETHNICITIES.map((ethnicity) => values[ethnicity] ?? 1 / 3);
  const shapes = recipes.map(([name, recipe]) => ({ name, deltas: recipeDeltas(recipe, inputs.expressions!, mix, inputs.model.reference) }));
  return { ...avatar, parts: avatar.parts.map((part) => ({ ...part, morphs: shapes.flatMap((shape) => partMorph(part, shape)) })) };
}

function recipeDeltas(recipe: MorphRecipe, units: ExpressionUnits, mix: readonly number[], reference: Float32Array): Float32Array {
  const out = new Float32Array(reference.length);
  for (const [unitName, weight] of recipe.units) {
    const unit = units.get(unitName);
    if (!unit) throw new Error(`the body pack has no expression unit "${unitName}"`);
    ETHNICITIES.forEach((ethnicity, e) => {
      const { vertices, deltas } = unit[ethnicity];
      const w = weight * mix[e]!;
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

/**
 * The part's share of a shape. Worn items leave out shapes that do not move them; the body keeps every shape, so
 * each name exists in the file even when it moves nothing (viseme_sil).
 */
function partMorph(part: AvatarPart, shape: { name: string; deltas: Float32Array }): MorphTarget[] {
  const { refs, weights, perVertex } = part.follows;
  if (perVertex === 0) return [];
  const count = part.positions.length / 3;
  const deltas = new Float32Array(count * 3);
  let moved = false;
  for (let v = 0; v < count; v += 1) {
    for (let r = 0; r < perVertex; r += 1) {
      const source = refs[v * perVertex + r]! * 3;
      const w = weights[v * perVertex + r]!;
      if (w === 0) continue;
      for (let k = 0; k < 3; k += 1) {
        const d = w * shape.deltas[source + k]!;
        deltas[v * 3 + k]! += d;
        if (d !== 0) moved = true;
      }
    }
  }
  return moved || part.slot === 'body' ? [{ name: shape.name, deltas }] : [];
}
