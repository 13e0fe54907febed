/**
 * Types of the wearables catalogue and the slots it uses (RPM's slot names where one applies).
 */
import type { z } from 'zod';
import type { Asset, LocalizedText, Slot } from '../../src/packs/schema';

/** pack.json asset as the bake writes it (zod input: defaults not yet filled). */
export type AssetInput = z.input<typeof Asset>;

/** A colour/texture alternative of an item (eye colours, fedora colours). The first one is the item's own look. */
export interface VariantSpec {
  id: string;
  name: LocalizedText;
  /** Base-colour texture file in the item's `textures/` folder. */
  texture: string;
  /** Thumbnail file in the item's folder, when the package has one. */
  thumbnail?: string;
}

/** What we add to the package's metadata for one shipped item. */
export interface ItemSpec {
  slot: string;
  name: LocalizedText;
  /** Slots this item takes off when worn. */
  excludes?: readonly string[];
  colourable?: boolean;
  /** Tags added to the package's own. */
  tags?: readonly string[];
  /**
   * Thumbnail source when the package's is missing, misleading or unfit to show: `render` draws the fitted item
   * from the front (wearablesRender.ts), `greyscale` uses the package's thumbnail without colour.
   */
  thumbnail?: 'render' | 'greyscale';
  variants?: readonly VariantSpec[];
}

/** The slots of the wearables (and skins), in the order a wardrobe lists them. */
export const WEARABLE_SLOTS: readonly z.input<typeof Slot>[] = [
  { id: 'skin', name: { en: 'Skin', fr: 'Peau' }, optional: false },
  { id: 'hair', name: { en: 'Hair', fr: 'Cheveux' } },
  { id: 'eyebrows', name: { en: 'Eyebrows', fr: 'Sourcils' } },
  { id: 'eyelashes', name: { en: 'Eyelashes', fr: 'Cils' } },
  { id: 'eyes', name: { en: 'Eyes', fr: 'Yeux' }, optional: false },
  { id: 'teeth', name: { en: 'Teeth', fr: 'Dents' } },
  { id: 'tongue', name: { en: 'Tongue', fr: 'Langue' } },
  { id: 'headwear', name: { en: 'Headwear', fr: 'Couvre-chef' } },
  { id: 'glasses', name: { en: 'Glasses', fr: 'Lunettes' } },
  { id: 'outfit', name: { en: 'Outfit', fr: 'Tenue' } },
  { id: 'top', name: { en: 'Top', fr: 'Haut' } },
  { id: 'bottom', name: { en: 'Bottom', fr: 'Bas' } },
  { id: 'footwear', name: { en: 'Footwear', fr: 'Chaussures' } },
  // Underwear and swimwear: the layer under the clothes (the product never shows a bare body).
  { id: 'underwear', name: { en: 'Underwear or swimsuit (one piece)', fr: 'Sous-vêtement ou maillot (une pièce)' } },
  { id: 'underwearTop', name: { en: 'Underwear or bikini top', fr: 'Haut de sous-vêtement ou de bikini' } },
  { id: 'underwearBottom', name: { en: 'Underwear or bikini bottoms', fr: 'Bas de sous-vêtement ou de bikini' } },
  { id: 'accessory', name: { en: 'Accessory', fr: 'Accessoire' } },
];
