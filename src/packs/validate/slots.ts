/**
 * What the validator knows about slots: the known slot ids, triangle and texture budgets, plausible sizes (to catch
 * centimetre and millimetre exports) and the bone a rigid accessory of each slot usually hangs from.
 */
import type { SlotBudget } from './types';

/** The core pack's slots plus `beard` (documented, no core item yet). A pack may declare more in `slots`. */
export const DEFAULT_SLOTS = [
  'skin', 'hair', 'beard', 'eyebrows', 'eyelashes', 'eyes', 'teeth', 'tongue', 'headwear', 'glasses', 'outfit', 'top', 'bottom',
  'footwear', 'underwear', 'underwearTop', 'underwearBottom', 'accessory',
];

const GARMENT: SlotBudget = { triangles: 15_000, textureSize: 1024 };
/**
 * Face details and glasses fill a few percent of the screen even in a head-and-shoulders view: 512 px already gives
 * them more texels than pixels, and 10k triangles is more than their silhouette can show.
 */
const SMALL: SlotBudget = { triangles: 10_000, textureSize: 512 };

/** Budgets by slot; `default` applies to every other slot. A skin is one texture wrapping the whole body. */
export const DEFAULT_BUDGETS: Record<string, SlotBudget> = {
  default: GARMENT,
  skin: { triangles: 0, textureSize: 2048 },
  glasses: SMALL,
  eyebrows: SMALL,
  eyelashes: SMALL,
  eyes: SMALL,
  teeth: SMALL,
  tongue: SMALL,
};

/** Beyond this side a texture is an error, not a budget warning: many phones cannot create a larger WebGL texture. */
export const MAX_TEXTURE_SIZE = 4096;

/** Plausible largest bounding-box side in metres (min, typical, max) for items of a slot. */
export interface SizeRange {
  min: number;
  typical: number;
  max: number;
}

const FACE: SizeRange = { min: 0.01, typical: 0.08, max: 0.5 };
const SIZES: Record<string, SizeRange> = {
  default: { min: 0.03, typical: 0.8, max: 2.5 },
  headwear: { min: 0.03, typical: 0.3, max: 2.5 },
  footwear: { min: 0.03, typical: 0.4, max: 2.5 },
  glasses: { min: 0.03, typical: 0.15, max: 1 },
  accessory: { min: 0.005, typical: 0.2, max: 2.5 },
  eyebrows: FACE,
  eyelashes: FACE,
  eyes: FACE,
  teeth: FACE,
  tongue: FACE,
};

export function sizeRange(slot: string): SizeRange {
  return SIZES[slot] ?? SIZES.default!;
}

export function budgetFor(slot: string, budgets: Record<string, SlotBudget>): SlotBudget {
  return budgets[slot] ?? budgets.default ?? GARMENT;
}
