/** Test helper: a small pack.json that uses every part of the format, for the fuzz tests to break. */
import type { PackManifestInput } from '../schema';

const CC0 = { spdx: 'CC0-1.0', author: 'Tests' };
const CC_BY = { spdx: 'CC-BY-4.0', author: 'Tests', url: 'https://creativecommons.org/licenses/by/4.0/', attribution: 'Hat by Tests', source: 'made for tests' };

export const VALID_PACK = {
  format: 'avatar-atelier/pack',
  formatVersion: 1,
  id: 'tests',
  version: '1.2.3',
  name: { en: 'Tests', fr: 'Essais' },
  description: { en: 'A pack for tests', fr: 'Un pack pour les essais' },
  licence: CC0,
  authors: ['Tests', 'Zoé'],
  slots: [{ id: 'cape', name: { en: 'Cape', fr: 'Cape' }, optional: true }],
  assets: [
    {
      id: 'tee',
      slot: 'top',
      name: { en: 'Tee', fr: 'Tee-shirt' },
      tags: ['casual'],
      glb: 'items/tee.glb',
      thumbnail: 'thumbs/tee.png',
      licence: CC0,
      layer: 40,
      excludes: ['outfit'],
      hidesBody: [[10, 20]],
      colourable: true,
      swatch: '#aabbcc',
      variants: [{ id: 'red', name: { en: 'Red', fr: 'Rouge' }, texture: 'items/tee-red.png', swatch: '#ff0000' }],
    },
    { id: 'hat', slot: 'headwear', name: { en: 'Hat', fr: 'Chapeau' }, glb: 'items/hat.glb', attach: { bone: 'Head', offset: [0, 0.01, 0] }, licence: CC_BY },
    { id: 'freckles', slot: 'skin', name: { en: 'Freckles', fr: 'Taches de rousseur' }, texture: 'skins/freckles.png', licence: CC0 },
  ],
  presets: [{ id: 'casual', name: { en: 'Casual', fr: 'Décontracté' }, body: { weight: 0.5 }, items: { top: 'tee', headwear: 'hat' }, colours: { skin: '#c99a7a' }, variants: { top: 'red' } }],
  licences: 'LICENSES.md',
} satisfies PackManifestInput;
