/**
 * MakeHuman's macro interpolation: each macro slider (gender, age, ...) is turned into weights for
 * the "corners" it blends between, and a macro target is weighted by the product of the corners
 * named in its file name (e.g. `universal-female-young-averagemuscle-averageweight`).
 * Pure arithmetic, shared by the bake (exact evaluation) and the runtime decoder.
 */

/** The macro variables, all in [0, 1]. */
export interface MacroValues {
  gender: number;
  age: number;
  muscle: number;
  weight: number;
  height: number;
  proportions: number;
  african: number;
  asian: number;
  caucasian: number;
  breastSize: number;
  breastFirmness: number;
}

export const MACRO_KEYS = [
  'gender',
  'age',
  'muscle',
  'weight',
  'height',
  'proportions',
  'african',
  'asian',
  'caucasian',
  'breastSize',
  'breastFirmness',
] as const satisfies readonly (keyof MacroValues)[];

/** MakeHuman's defaults: the "reference body" every asset is baked at. */
export const DEFAULT_MACROS: Readonly<MacroValues> = {
  gender: 0.5,
  age: 0.5,
  muscle: 0.5,
  weight: 0.5,
  height: 0.5,
  proportions: 0.5,
  african: 1 / 3,
  asian: 1 / 3,
  caucasian: 1 / 3,
  breastSize: 0.5,
  breastFirmness: 0.5,
};

/** MakeHuman maps age 0..0.5 linearly to 1..25 years and 0.5..1 to 25..90 years. */
export function ageToYears(age: number): number {
  return age < 0.5 ? 1 + 48 * age : 25 + 130 * (age - 0.5);
}

export function yearsToAge(years: number): number {
  return years < 25 ? (years - 1) / 48 : 0.5 + (years - 25) / 130;
}

/**
 * The corner words used in MakeHuman's macro target file names, in a fixed order: a corner's weight
 * lives at its index in the arrays filled by `fillCornerWeights`.
 */
export const CORNER_NAMES = [
  'universal',
  'female',
  'male',
  'baby',
  'child',
  'young',
  'old',
  'minmuscle',
  'averagemuscle',
  'maxmuscle',
  'minweight',
  'averageweight',
  'maxweight',
  'minheight',
  'maxheight',
  'uncommonproportions',
  'idealproportions',
  'african',
  'asian',
  'caucasian',
  'mincup',
  'averagecup',
  'maxcup',
  'minfirmness',
  'averagefirmness',
  'maxfirmness',
] as const;

export type CornerName = (typeof CORNER_NAMES)[number];

const CORNER = Object.fromEntries(CORNER_NAMES.map((name, i) => [name, i])) as Record<CornerName, number>;

export function cornerIndex(name: string): number {
  const i = (CORNER as Record<string, number | undefined>)[name];
  if (i === undefined) throw new Error(`unknown macro corner "${name}"`);
  return i;
}

/** min/average/max corners of a three-point slider (muscle, weight, cup size, firmness). */
function threePoint(value: number, out: Float64Array, min: number): void {
  const low = value < 0.5 ? 1 - 2 * value : 0;
  const high = value < 0.5 ? 0 : 2 * value - 1;
  out[min] = low;
  out[min + 1] = 1 - low - high;
  out[min + 2] = high;
}

function fillAge(age: number, out: Float64Array): void {
  const young = age < 0.5 ? Math.max(0, (age - 0.1875) * 3.2) : 2 - 2 * age;
  out[CORNER.young] = young;
  out[CORNER.old] = age < 0.5 ? 0 : age * 2 - 1;
  out[CORNER.baby] = age < 0.5 ? Math.max(0, 1 - age * 5.333) : 0;
  out[CORNER.child] = age < 0.5 ? Math.max(0, Math.min(1, 5.333 * age) - young) : 0;
}

/** Ethnic values are normalised to sum 1 (all zero counts as equal thirds). */
function fillEthnic(m: MacroValues, out: Float64Array): void {
  const sum = m.african + m.asian + m.caucasian;
  const safe = sum > 1e-9;
  out[CORNER.african] = safe ? m.african / sum : 1 / 3;
  out[CORNER.asian] = safe ? m.asian / sum : 1 / 3;
  out[CORNER.caucasian] = safe ? m.caucasian / sum : 1 / 3;
}

/** Writes every corner weight for the macro values into `out` (length CORNER_NAMES.length); no allocation. */
export function fillCornerWeights(m: MacroValues, out: Float64Array): void {
  out[CORNER.universal] = 1;
  out[CORNER.female] = 1 - m.gender;
  out[CORNER.male] = m.gender;
  fillAge(m.age, out);
  threePoint(m.muscle, out, CORNER.minmuscle);
  threePoint(m.weight, out, CORNER.minweight);
  threePoint(m.breastSize, out, CORNER.mincup);
  threePoint(m.breastFirmness, out, CORNER.minfirmness);
  out[CORNER.minheight] = Math.max(0, 1 - 2 * m.height);
  out[CORNER.maxheight] = Math.max(0, 2 * m.height - 1);
  out[CORNER.uncommonproportions] = Math.max(0, 1 - 2 * m.proportions);
  out[CORNER.idealproportions] = Math.max(0, 2 * m.proportions - 1);
  fillEthnic(m, out);
}

/** Weight of one macro target: the product of its corners' weights. */
export function macroTargetWeight(corners: ArrayLike<number>, weights: Float64Array): number {
  let w = 1;
  for (let i = 0; i < corners.length; i++) w *= weights[corners[i]!]!;
  return w;
}
