/** Every accessory of the pack, and the slots the pack adds to the core ones (glasses, headwear). */
import type { Slot } from '../../src/packs/schema';
import { BODY_ACCESSORIES } from './catalogueBody';
import { HEAD_ACCESSORIES } from './catalogueHead';
import type { AccessoryEntry } from './catalogueTypes';

export const ACCESSORIES: readonly AccessoryEntry[] = [...HEAD_ACCESSORIES, ...BODY_ACCESSORIES];

export const ACCESSORY_SLOTS: readonly Slot[] = [
  { id: 'earrings', name: { en: 'Earrings', fr: 'Boucles d’oreilles' }, optional: true },
  { id: 'neckwear', name: { en: 'Necklace', fr: 'Collier' }, optional: true },
  { id: 'wrist', name: { en: 'Wrist', fr: 'Poignet' }, optional: true },
  { id: 'back', name: { en: 'Back', fr: 'Dos' }, optional: true },
  { id: 'faceMask', name: { en: 'Face mask', fr: 'Masque' }, optional: true },
];
