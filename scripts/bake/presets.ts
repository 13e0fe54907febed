import type { z } from 'zod';
import type { Preset } from '../../src/packs/schema';

type PresetInput = z.input<typeof Preset>;

/**
 * Face parts every preset wears. Teeth and tongue are left out: hidden behind closed lips they would add
 * 0.55 MB and two draw calls to the first view; exports that need an open mouth (visemes) add them.
 */
const FEATURES = { eyes: 'highpolyeyes' };

/**
 * The core pack's quick-start avatars: varied in body, age, skin and style, all fully dressed. The first one is
 * the default avatar and its body is the reference body every GLB is baked at (so the first view needs no
 * shape data). Body values use the shape controls' ids (see body/shape.json); age 0.5 is 25 years, 1 is 90.
 */
export const PRESETS: PresetInput[] = [
  {
    id: 'maya',
    name: { en: 'Maya', fr: 'Maya' },
    body: { gender: 0.12, age: 0.52, muscle: 0.5, weight: 0.45, height: 0.48, african: 0.15, asian: 0.15, caucasian: 0.7 },
    items: { ...FEATURES, skin: 'young-caucasian-female2', hair: 'long01', eyebrows: 'eyebrow002', eyelashes: 'eyelashes03', outfit: 'female-casualsuit01', footwear: 'shoes05' },
    colours: { hair: '#4a2c1a', eyebrows: '#3a2418' },
    variants: { eyes: 'green' },
  },
  {
    id: 'kofi',
    name: { en: 'Kofi', fr: 'Kofi' },
    body: { gender: 0.95, age: 0.55, muscle: 0.7, weight: 0.5, height: 0.62, african: 0.9, asian: 0.05, caucasian: 0.05 },
    items: { ...FEATURES, skin: 'young-african-male', hair: 'short04', eyebrows: 'eyebrow004', eyelashes: 'eyelashes01', outfit: 'male-casualsuit04', footwear: 'shoes06' },
    colours: { hair: '#1c1410' },
    variants: { eyes: 'brownlight' },
  },
  {
    id: 'mei',
    name: { en: 'Mei', fr: 'Mei' },
    body: { gender: 0.05, age: 0.66, muscle: 0.45, weight: 0.4, height: 0.4, african: 0.02, asian: 0.93, caucasian: 0.05 },
    items: { ...FEATURES, skin: 'middleage-asian-female', hair: 'bob01', eyebrows: 'eyebrow006', eyelashes: 'eyelashes02', outfit: 'female-elegantsuit01', footwear: 'shoes03' },
    colours: { hair: '#16110e' },
    variants: { eyes: 'brownlight' },
  },
  {
    id: 'arthur',
    name: { en: 'Arthur', fr: 'Arthur' },
    body: { gender: 1, age: 0.9, muscle: 0.45, weight: 0.62, height: 0.55, african: 0.05, asian: 0.05, caucasian: 0.9 },
    items: { ...FEATURES, skin: 'old-caucasian-male', hair: 'short02', eyebrows: 'eyebrow009', eyelashes: 'eyelashes01', outfit: 'male-elegantsuit01', footwear: 'shoes04' },
    colours: { hair: '#b4b0aa', eyebrows: '#9c968e' },
    variants: { eyes: 'blue' },
  },
  {
    id: 'lena',
    name: { en: 'Lena', fr: 'Léna' },
    body: { gender: 0, age: 0.5, muscle: 0.78, weight: 0.38, height: 0.58, african: 0.05, asian: 0.05, caucasian: 0.9 },
    items: { ...FEATURES, skin: 'young-caucasian-female', hair: 'ponytail01', eyebrows: 'eyebrow005', eyelashes: 'eyelashes03', outfit: 'female-sportsuit01', footwear: 'shoes02' },
    colours: { hair: '#c9a064', eyebrows: '#8a6a44' },
    variants: { eyes: 'lightblue' },
  },
  {
    id: 'sam',
    name: { en: 'Sam', fr: 'Sam' },
    body: { gender: 0.9, age: 0.62, muscle: 0.6, weight: 0.85, height: 0.5, african: 0.3, asian: 0.2, caucasian: 0.5 },
    items: { ...FEATURES, skin: 'middleage-caucasian-male', hair: 'short01', eyebrows: 'eyebrow008', eyelashes: 'eyelashes01', outfit: 'male-worksuit01', footwear: 'winterboots' },
    colours: { hair: '#2a2420' },
    variants: { eyes: 'grey' },
  },
  {
    id: 'amara',
    name: { en: 'Amara', fr: 'Amara' },
    body: { gender: 0.08, age: 0.56, muscle: 0.5, weight: 0.55, height: 0.52, african: 0.88, asian: 0.02, caucasian: 0.1 },
    items: { ...FEATURES, skin: 'young-african-female', hair: 'braid01', eyebrows: 'eyebrow001', eyelashes: 'eyelashes04', outfit: 'f-dress-02', footwear: 'shoes01' },
    colours: { hair: '#1a1210' },
    variants: { eyes: 'brownlight' },
  },
  {
    id: 'hiro',
    name: { en: 'Hiro', fr: 'Hiro' },
    body: { gender: 0.85, age: 0.5, muscle: 0.5, weight: 0.4, height: 0.45, african: 0.02, asian: 0.95, caucasian: 0.03 },
    items: { ...FEATURES, skin: 'young-asian-male', hair: 'short03', eyebrows: 'eyebrow007', eyelashes: 'eyelashes01', outfit: 'male-casualsuit02', footwear: 'shoes05', glasses: 'glasses' },
    colours: { hair: '#141010' },
    variants: { eyes: 'brownlight' },
  },
  {
    id: 'rosa',
    name: { en: 'Rosa', fr: 'Rosa' },
    body: { gender: 0.1, age: 0.95, muscle: 0.4, weight: 0.7, height: 0.42, african: 0.2, asian: 0.1, caucasian: 0.7 },
    items: { ...FEATURES, skin: 'old-caucasian-female', hair: 'bob02', eyebrows: 'eyebrow011', eyelashes: 'eyelashes02', outfit: 'f-dress-04', footwear: 'shoes03' },
    colours: { hair: '#d8d4cc', eyebrows: '#a8a29a' },
    variants: { eyes: 'deepblue' },
  },
  {
    id: 'noah',
    name: { en: 'Noah', fr: 'Noah' },
    body: { gender: 0.88, age: 0.58, muscle: 0.55, weight: 0.5, height: 0.7, african: 0.4, asian: 0.1, caucasian: 0.5 },
    items: { ...FEATURES, skin: 'young-caucasian-male2', hair: 'short02', eyebrows: 'eyebrow010', eyelashes: 'eyelashes01', outfit: 'male-casualsuit05', footwear: 'shoes02', headwear: 'fishing-hat-01' },
    colours: { hair: '#2b1d14' },
    variants: { eyes: 'ice' },
  },
];
