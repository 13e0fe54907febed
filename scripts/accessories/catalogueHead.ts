/** Glasses and headwear: worn on the Head bone. */
import type { AccessoryEntry } from './catalogueTypes';
import { buildGlasses, GLASSES_STYLES } from './glasses';
import { buildBaseballCap, buildBeanie, buildBucketHat } from './hats';
import { buildHeadphones } from './headphones';

const GOLD = '#c9a23f';
const CLEAR_LENS = '#dde9ee';
const PADS = '#e4eaec';
/** Glasses seen nearly from the front: the temples recede and the frames fill the thumbnail. */
const GLASSES_VIEW = { yaw: 0.25, pitch: 0.1 };

export const HEAD_ACCESSORIES: AccessoryEntry[] = [
  {
    id: 'round-glasses', slot: 'glasses', bone: 'Head', layer: 60, tags: ['glasses', 'metal'],
    name: { en: 'Round wire glasses', fr: 'Lunettes rondes en métal' },
    colours: [GOLD, CLEAR_LENS, GOLD, PADS], colourable: true,
    variants: [
      { id: 'gold', name: { en: 'Gold', fr: 'Doré' }, colours: { 0: GOLD, 2: GOLD } },
      { id: 'silver', name: { en: 'Silver', fr: 'Argenté' }, colours: { 0: '#c3c7cc', 2: '#c3c7cc' } },
      { id: 'black', name: { en: 'Black', fr: 'Noir' }, colours: { 0: '#2b2b2e', 2: '#8a8d91' } },
    ],
    view: GLASSES_VIEW,
    build: (fit, name) => buildGlasses(fit, name, GLASSES_STYLES.round),
  },
  {
    id: 'square-glasses', slot: 'glasses', bone: 'Head', layer: 60, tags: ['glasses'],
    name: { en: 'Square glasses', fr: 'Lunettes carrées' },
    colours: ['#6e4a33', CLEAR_LENS, '#b9bcc0', PADS], colourable: true,
    variants: [
      { id: 'tortoise', name: { en: 'Tortoiseshell brown', fr: 'Écaille brune' }, colours: { 0: '#6e4a33' } },
      { id: 'black', name: { en: 'Black', fr: 'Noir' }, colours: { 0: '#1e1e20' } },
      { id: 'navy', name: { en: 'Navy', fr: 'Bleu marine' }, colours: { 0: '#2c3e66' } },
      { id: 'grey', name: { en: 'Crystal grey', fr: 'Gris cristal' }, colours: { 0: '#9aa3ab' } },
    ],
    view: GLASSES_VIEW,
    build: (fit, name) => buildGlasses(fit, name, GLASSES_STYLES.square),
  },
  {
    id: 'cat-eye-glasses', slot: 'glasses', bone: 'Head', layer: 60, tags: ['glasses', 'retro'],
    name: { en: 'Cat-eye glasses', fr: 'Lunettes œil-de-chat' },
    colours: ['#9b2335', CLEAR_LENS, '#b9bcc0', PADS], colourable: true,
    variants: [
      { id: 'cherry', name: { en: 'Cherry red', fr: 'Rouge cerise' }, colours: { 0: '#9b2335' } },
      { id: 'black', name: { en: 'Black', fr: 'Noir' }, colours: { 0: '#1e1e20' } },
      { id: 'ivory', name: { en: 'Ivory', fr: 'Ivoire' }, colours: { 0: '#e8dcc4' } },
    ],
    view: GLASSES_VIEW,
    build: (fit, name) => buildGlasses(fit, name, GLASSES_STYLES.catEye),
  },
  {
    id: 'aviator-sunglasses', slot: 'glasses', bone: 'Head', layer: 60, tags: ['sunglasses', 'metal'],
    name: { en: 'Aviator sunglasses', fr: 'Lunettes de soleil aviateur' },
    colours: [GOLD, '#3b4a3a', GOLD, PADS], colourable: false,
    variants: [
      { id: 'gold-green', name: { en: 'Gold, green lenses', fr: 'Doré, verres verts' }, colours: { 0: GOLD, 1: '#3b4a3a' } },
      { id: 'silver-grey', name: { en: 'Silver, grey lenses', fr: 'Argenté, verres gris' }, colours: { 0: '#c3c7cc', 1: '#34373c', 2: '#c3c7cc' } },
      { id: 'gold-brown', name: { en: 'Gold, brown lenses', fr: 'Doré, verres bruns' }, colours: { 0: GOLD, 1: '#5a3e26' } },
      { id: 'black-blue', name: { en: 'Black, blue lenses', fr: 'Noir, verres bleus' }, colours: { 0: '#2b2b2e', 1: '#2e5d8a' } },
    ],
    view: GLASSES_VIEW,
    build: (fit, name) => buildGlasses(fit, name, GLASSES_STYLES.aviator),
  },
  {
    id: 'classic-sunglasses', slot: 'glasses', bone: 'Head', layer: 60, tags: ['sunglasses'],
    name: { en: 'Classic sunglasses', fr: 'Lunettes de soleil classiques' },
    colours: ['#2a2a2d', '#25292d', '#b9bcc0', PADS], colourable: false,
    variants: [
      { id: 'black', name: { en: 'Black', fr: 'Noir' }, colours: { 0: '#2a2a2d' } },
      { id: 'tortoise', name: { en: 'Tortoiseshell', fr: 'Écaille' }, colours: { 0: '#6e4a33', 1: '#3d2f22' } },
      { id: 'red', name: { en: 'Red', fr: 'Rouge' }, colours: { 0: '#a3262f' } },
      { id: 'white', name: { en: 'White', fr: 'Blanc' }, colours: { 0: '#e9e9e6' } },
    ],
    view: GLASSES_VIEW,
    build: (fit, name) => buildGlasses(fit, name, GLASSES_STYLES.wayfarer),
  },
  {
    id: 'baseball-cap', slot: 'headwear', bone: 'Head', layer: 65, tags: ['hats', 'sport'],
    name: { en: 'Baseball cap', fr: 'Casquette de baseball' },
    colours: ['#2f5d9e', '#24497f'], colourable: true,
    variants: [
      { id: 'blue', name: { en: 'Blue', fr: 'Bleu' }, colours: { 0: '#2f5d9e', 1: '#24497f' } },
      { id: 'red', name: { en: 'Red', fr: 'Rouge' }, colours: { 0: '#b3282d', 1: '#8e1f24' } },
      { id: 'black', name: { en: 'Black', fr: 'Noir' }, colours: { 0: '#2a2a2c', 1: '#1c1c1e' } },
      { id: 'khaki', name: { en: 'Khaki', fr: 'Kaki' }, colours: { 0: '#b9a77c', 1: '#9c8b63' } },
    ],
    build: buildBaseballCap,
  },
  {
    id: 'beanie', slot: 'headwear', bone: 'Head', layer: 65, tags: ['hats', 'winter'],
    name: { en: 'Ribbed beanie with pompom', fr: 'Bonnet côtelé à pompon' },
    colours: ['#c9962b', '#f2efe6'], colourable: true,
    variants: [
      { id: 'mustard', name: { en: 'Mustard', fr: 'Moutarde' }, colours: { 0: '#c9962b' } },
      { id: 'forest', name: { en: 'Forest green', fr: 'Vert forêt' }, colours: { 0: '#2f5a3c' } },
      { id: 'charcoal', name: { en: 'Charcoal', fr: 'Anthracite' }, colours: { 0: '#45474b' } },
      { id: 'burgundy', name: { en: 'Burgundy', fr: 'Bordeaux' }, colours: { 0: '#7a2235' } },
    ],
    build: buildBeanie,
  },
  {
    id: 'bucket-hat', slot: 'headwear', bone: 'Head', layer: 65, tags: ['hats', 'summer'],
    name: { en: 'Bucket hat', fr: 'Bob' },
    colours: ['#cbb994', '#6f5e45'], colourable: true,
    variants: [
      { id: 'sand', name: { en: 'Sand', fr: 'Sable' }, colours: { 0: '#cbb994' } },
      { id: 'olive', name: { en: 'Olive', fr: 'Olive' }, colours: { 0: '#6b6b3a', 1: '#3f3f22' } },
      { id: 'denim', name: { en: 'Denim', fr: 'Denim' }, colours: { 0: '#46628a', 1: '#2c3f5c' } },
    ],
    build: buildBucketHat,
  },
  {
    id: 'over-ear-headphones', slot: 'headwear', bone: 'Head', layer: 66, tags: ['music', 'tech'],
    name: { en: 'Over-ear headphones', fr: 'Casque audio' },
    colours: ['#e8e6e1', '#2d2d30', '#b9bcc0'], colourable: true,
    variants: [
      { id: 'white', name: { en: 'White', fr: 'Blanc' }, colours: { 0: '#e8e6e1' } },
      { id: 'black', name: { en: 'Black', fr: 'Noir' }, colours: { 0: '#2a2a2d' } },
      { id: 'rose', name: { en: 'Rose', fr: 'Rose' }, colours: { 0: '#d8a7a0' } },
      { id: 'mint', name: { en: 'Mint', fr: 'Menthe' }, colours: { 0: '#9fd3c0' } },
    ],
    build: buildHeadphones,
  },
];
