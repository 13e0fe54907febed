/** Earrings, necklaces, the watch, the backpack and the face mask. */
import { buildBackpack } from './backpack';
import type { AccessoryEntry } from './catalogueTypes';
import { buildHoopEarrings, buildStudEarrings } from './earrings';
import { buildFaceMask } from './mask';
import { buildBeadNecklace, buildPendantNecklace } from './necklaces';
import { buildWatch } from './watch';

const GOLD = '#d4af37';
const SILVER = '#c8ccd0';

export const BODY_ACCESSORIES: AccessoryEntry[] = [
  {
    id: 'hoop-earrings', slot: 'earrings', bone: 'Head', layer: 20, tags: ['jewellery', 'metal'],
    name: { en: 'Hoop earrings', fr: 'Créoles' },
    colours: [GOLD], colourable: true,
    variants: [
      { id: 'gold', name: { en: 'Gold', fr: 'Or' }, colours: { 0: GOLD } },
      { id: 'silver', name: { en: 'Silver', fr: 'Argent' }, colours: { 0: SILVER } },
      { id: 'rose-gold', name: { en: 'Rose gold', fr: 'Or rose' }, colours: { 0: '#d89a84' } },
    ],
    view: { yaw: 1.2, pitch: 0.15 },
    thumbnailOfOne: true,
    build: (fit, name) => buildHoopEarrings(fit, name, 0.012),
  },
  {
    id: 'stud-earrings', slot: 'earrings', bone: 'Head', layer: 20, tags: ['jewellery'],
    name: { en: 'Stud earrings', fr: 'Puces d’oreilles' },
    colours: [GOLD, '#f1ede4'], colourable: false,
    variants: [
      { id: 'pearl', name: { en: 'Pearl', fr: 'Perle' }, colours: { 1: '#f1ede4' } },
      { id: 'ruby', name: { en: 'Ruby', fr: 'Rubis' }, colours: { 1: '#b0122a' } },
      { id: 'emerald', name: { en: 'Emerald', fr: 'Émeraude' }, colours: { 1: '#17804a' } },
      { id: 'sapphire', name: { en: 'Sapphire', fr: 'Saphir' }, colours: { 1: '#1f4fa8' } },
    ],
    view: { yaw: 1.1, pitch: 0.1 },
    thumbnailOfOne: true,
    build: buildStudEarrings,
  },
  {
    id: 'pendant-necklace', slot: 'neckwear', bone: 'Neck', layer: 40, tags: ['jewellery', 'metal'],
    name: { en: 'Pendant necklace', fr: 'Collier à pendentif' },
    colours: [GOLD, '#2a8f8f'], colourable: false,
    variants: [
      { id: 'turquoise', name: { en: 'Gold and turquoise', fr: 'Or et turquoise' }, colours: { 1: '#2a8f8f' } },
      { id: 'onyx', name: { en: 'Silver and onyx', fr: 'Argent et onyx' }, colours: { 0: SILVER, 1: '#1f1f22' } },
      { id: 'coral', name: { en: 'Gold and coral', fr: 'Or et corail' }, colours: { 1: '#e0765a' } },
    ],
    view: { yaw: 0.35, pitch: 0.45 },
    build: buildPendantNecklace,
  },
  {
    id: 'bead-necklace', slot: 'neckwear', bone: 'Neck', layer: 40, tags: ['jewellery'],
    name: { en: 'Bead necklace', fr: 'Collier de perles' },
    colours: ['#f1ede4'], colourable: true,
    variants: [
      { id: 'pearl', name: { en: 'Pearl', fr: 'Nacre' }, colours: { 0: '#f1ede4' } },
      { id: 'turquoise', name: { en: 'Turquoise', fr: 'Turquoise' }, colours: { 0: '#3fb3b0' } },
      { id: 'coral', name: { en: 'Coral', fr: 'Corail' }, colours: { 0: '#e0765a' } },
      { id: 'onyx', name: { en: 'Onyx', fr: 'Onyx' }, colours: { 0: '#232326' } },
    ],
    view: { yaw: 0.35, pitch: 0.45 },
    build: (fit, name) => buildBeadNecklace(fit, name, 0.0045),
  },
  {
    id: 'wristwatch', slot: 'wrist', bone: 'LeftForeArm', layer: 45, tags: ['watch', 'metal'],
    name: { en: 'Wristwatch (left wrist)', fr: 'Montre-bracelet (poignet gauche)' },
    colours: ['#6b4226', '#c9ccd1', '#f5f3ee', '#222224'], colourable: true,
    variants: [
      { id: 'brown-leather', name: { en: 'Brown leather', fr: 'Cuir marron' }, colours: { 0: '#6b4226' } },
      { id: 'black-leather', name: { en: 'Black leather', fr: 'Cuir noir' }, colours: { 0: '#1f1f21' } },
      { id: 'navy', name: { en: 'Navy strap, gold case', fr: 'Bracelet marine, boîtier doré' }, colours: { 0: '#1e3354', 1: GOLD } },
    ],
    view: { yaw: 1.9, pitch: 0.5 },
    build: buildWatch,
  },
  {
    id: 'backpack', slot: 'back', bone: 'Spine2', layer: 70, tags: ['bags'],
    name: { en: 'Backpack', fr: 'Sac à dos' },
    colours: ['#3b6e8f', '#2a2a2c', '#c0c0c0'], colourable: true,
    variants: [
      { id: 'blue', name: { en: 'Blue', fr: 'Bleu' }, colours: { 0: '#3b6e8f' } },
      { id: 'red', name: { en: 'Red', fr: 'Rouge' }, colours: { 0: '#a63a32' } },
      { id: 'olive', name: { en: 'Olive', fr: 'Olive' }, colours: { 0: '#5d6b3b' } },
      { id: 'grey', name: { en: 'Grey', fr: 'Gris' }, colours: { 0: '#7c7f85' } },
    ],
    view: { yaw: Math.PI - 0.6, pitch: 0.25 },
    build: buildBackpack,
  },
  {
    id: 'face-mask', slot: 'faceMask', bone: 'Head', layer: 55, tags: ['mask'],
    name: { en: 'Pleated fabric face mask', fr: 'Masque en tissu plissé' },
    colours: ['#8fb3d9', '#eeeeec'], colourable: true,
    variants: [
      { id: 'sky', name: { en: 'Sky blue', fr: 'Bleu ciel' }, colours: { 0: '#8fb3d9' } },
      { id: 'white', name: { en: 'White', fr: 'Blanc' }, colours: { 0: '#f2f2f0' } },
      { id: 'black', name: { en: 'Black', fr: 'Noir' }, colours: { 0: '#2a2a2c', 1: '#2a2a2c' } },
      { id: 'pink', name: { en: 'Pink', fr: 'Rose' }, colours: { 0: '#e8a5b5' } },
    ],
    build: buildFaceMask,
  },
];
