/**
 * Morph targets for every part: each recipe's expression units, mixed by the avatar's ethnicity values, give
 * deltas over MakeHuman vertices; the body takes them through its vertex numbers, worn items through their
 * fitting references (so lashes and brows follow the eyelids and brows).
 */
import { ETHNICITIES, mixExpression } from '../avatar/expressions';
import { followDeltas } from '../avatar/fitting';
import { clampShapeValues } from '../avatar/shape';
import type { AssembledAvatar, AvatarPart } from './assemble';
import type { MorphTarget } from './meshes';
import { MORPH_SETS } from './morphRecipes';
import type { ExportOptions } from './options';
import type { ExportInputs } from './sources';

export function withMorphs(avatar: AssembledAvatar, inputs: ExportInputs, set: ExportOptions['morphTargets']): AssembledAvatar {
  const recipes = Object.entries(MORPH_SETS[set]);
  if (recipes.length === 0 || !inputs.expressions) return avatar;
  const values = clampShapeValues(inputs.model, inputs.manifest.body);
  const mix = ETHNICITIES.map((ethnicity) => values[ethnicity] ?? 1 / 3);
  const shapes = recipes.map(([name, recipe]) => ({ name, deltas: mixExpression(recipe, inputs.expressions!, mix, inputs.model.reference) }));
  return { ...avatar, parts: avatar.parts.map((part) => ({ ...part, morphs: shapes.flatMap((shape) => partMorph(part, shape)) })) };
}

/**
 * The part's share of a shape. Worn items leave out shapes that do not move them; the body keeps every shape, so
 * each name exists in the file even when it moves nothing (viseme_sil).
 */
function partMorph(part: AvatarPart, shape: { name: string; deltas: Float32Array }): MorphTarget[] {
  const { refs, weights, perVertex } = part.follows;
  if (perVertex === 0) return [];
  const deltas = new Float32Array(part.positions.length);
  const moved = followDeltas(shape.deltas, refs, weights, perVertex, deltas);
  return moved || part.slot === 'body' ? [{ name: shape.name, deltas }] : [];
}
