/** What the pack says about each accessory, beside the code that builds it. */
import type { LocalizedText } from '../../src/packs/schema';
import type { Fit } from './fit';
import type { Model } from './model';
import type { View } from './thumbnail';

export interface ColourVariant {
  id: string;
  name: LocalizedText;
  /** Palette cells this variant recolours (sRGB hex by cell); the rest keep the item's colours. */
  colours: Readonly<Record<number, string>>;
}

export interface AccessoryEntry {
  id: string;
  slot: string;
  /** Core skeleton joint that carries the item. */
  bone: string;
  name: LocalizedText;
  tags: string[];
  layer: number;
  /** The item's palette (sRGB hex by cell); cell 0 is its main colour, the pack's swatch and dye reference. */
  colours: string[];
  /** Offer a free colour (dyeing keeps each part's brightness and takes the chosen hue). */
  colourable: boolean;
  /** Colour variants; the first is the item's own look, as the editor expects. */
  variants: ColourVariant[];
  /** Thumbnail view, when the default three-quarter view hides the item. */
  view?: View;
  /** The thumbnail shows one of a pair (the left earring), larger. */
  thumbnailOfOne?: boolean;
  build(fit: Fit, name: string): Model;
}

/** The palette of a variant: the item's colours with the variant's cells replaced. */
export function variantColours(entry: AccessoryEntry, variant: ColourVariant): string[] {
  return entry.colours.map((hex, cell) => variant.colours[cell] ?? hex);
}

/** The colour shown on a variant's swatch: the first cell it changes. */
export function variantSwatch(entry: AccessoryEntry, variant: ColourVariant): string {
  const cells = Object.keys(variant.colours).map(Number).sort((a, b) => a - b);
  return variantColours(entry, variant)[cells[0] ?? 0]!;
}
