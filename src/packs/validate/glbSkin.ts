/** What a GLB's skins say: joint names, and each joint's bind position taken from its inverse bind matrix. */
import type { Skin } from '@gltf-transform/core';
import type { Vec3 } from './types';

export interface SkinFacts {
  jointNames: string[];
  /** World position of each joint at bind time: the translation of the inverse of its inverse bind matrix. */
  bindPositions: Vec3[];
}

export function skinFacts(skin: Skin): SkinFacts {
  const joints = skin.listJoints();
  const matrices = skin.getInverseBindMatrices();
  const element: number[] = [];
  const bindPositions = joints.map((_, j) => {
    // A skin without inverse bind matrices binds every joint at the origin (identity matrices, glTF 2.0 §5.27).
    if (!matrices || j >= matrices.getCount()) return [0, 0, 0] as Vec3;
    return affineInverseTranslation(matrices.getElement(j, element));
  });
  return { jointNames: joints.map((joint) => joint.getName()), bindPositions };
}

/** Translation of the inverse of a column-major affine 4×4 matrix: -A⁻¹·t, with A the upper-left 3×3. */
export function affineInverseTranslation(m: readonly number[]): Vec3 {
  const [a, b, c, d, e, f, g, h, i] = [m[0]!, m[4]!, m[8]!, m[1]!, m[5]!, m[9]!, m[2]!, m[6]!, m[10]!];
  const [tx, ty, tz] = [m[12]!, m[13]!, m[14]!];
  const det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
  if (Math.abs(det) < 1e-12) return [Number.NaN, Number.NaN, Number.NaN];
  // Rows of A⁻¹ (adjugate / determinant), with A laid out row by row as [a b c; d e f; g h i].
  const inverse = [
    [(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det],
    [(f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det],
    [(d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det],
  ];
  return inverse.map((row) => -(row[0]! * tx + row[1]! * ty + row[2]! * tz)) as Vec3;
}
