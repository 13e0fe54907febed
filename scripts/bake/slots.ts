import type { z } from 'zod';
import type { Slot } from '../../src/packs/schema';

/**
 * The core pack's slots, in the order the editor shows them. RPM's names where they apply; `optional: false`
 * marks slots the avatar always fills (nobody walks around without eyes).
 */
export const CORE_SLOTS: z.input<typeof Slot>[] = [
  { id: 'skin', name: { en: 'Skin', fr: 'Peau' }, optional: false },
  { id: 'hair', name: { en: 'Hair', fr: 'Cheveux' } },
  { id: 'beard', name: { en: 'Facial hair', fr: 'Pilosité faciale' } },
  { id: 'eyebrows', name: { en: 'Eyebrows', fr: 'Sourcils' } },
  { id: 'eyelashes', name: { en: 'Eyelashes', fr: 'Cils' } },
  { id: 'eyes', name: { en: 'Eyes', fr: 'Yeux' }, optional: false },
  { id: 'teeth', name: { en: 'Teeth', fr: 'Dents' }, optional: false },
  { id: 'tongue', name: { en: 'Tongue', fr: 'Langue' }, optional: false },
  { id: 'outfit', name: { en: 'Outfit', fr: 'Tenue' } },
  { id: 'top', name: { en: 'Top', fr: 'Haut' } },
  { id: 'bottom', name: { en: 'Bottom', fr: 'Bas' } },
  { id: 'footwear', name: { en: 'Shoes', fr: 'Chaussures' } },
  { id: 'headwear', name: { en: 'Headwear', fr: 'Couvre-chef' } },
  { id: 'glasses', name: { en: 'Glasses', fr: 'Lunettes' } },
  { id: 'accessory', name: { en: 'Accessories', fr: 'Accessoires' } },
];
