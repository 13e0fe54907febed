/**
 * Guesses from a file name which slot an item goes in, and which bone should carry it when it is a rigid
 * accessory (glasses → Head, watch → LeftHand, backpack → Spine2). Used to draft pack.json for a lone GLB and to
 * suggest `attach.bone` in findings.
 */
import type { ReferenceSkeleton, Vec3 } from './types';

interface NameRule {
  slot: string;
  bone?: string;
  /** Words that name such items; "=word" matches only the word itself or its plural. */
  words: string[];
}

/** First match wins: specific names before general ones ("hoodie" is a top before "hood" is headwear). */
const RULES: NameRule[] = [
  { slot: 'glasses', bone: 'Head', words: ['glasses', 'sunglass', 'spectacle', 'goggle', 'monocle', 'eyeglass'] },
  { slot: 'accessory', bone: 'Head', words: ['headphone', 'earphone', 'headset', 'earring', 'mask', 'piercing'] },
  { slot: 'accessory', bone: 'Neck', words: ['necklace', 'pendant', 'choker', 'scarf', 'collar', 'bowtie', 'necktie'] },
  { slot: 'accessory', bone: 'LeftHand', words: ['watch', 'bracelet', 'bangle', 'wristband', '=ring', 'glove'] },
  { slot: 'accessory', bone: 'Spine2', words: ['backpack', 'rucksack', '=bag', 'cape', 'cloak', 'wings', 'quiver'] },
  { slot: 'accessory', bone: 'Hips', words: ['belt'] },
  { slot: 'footwear', bone: 'LeftFoot', words: ['shoe', 'boot', 'sneaker', 'sandal', 'heels', 'trainer', 'slipper', 'loafer', 'flipflop'] },
  { slot: 'underwear', words: ['bikini', 'swimsuit', 'underwear', 'lingerie', '=bra', 'panties', 'boxer', 'briefs'] },
  { slot: 'outfit', words: ['dress', 'suit', 'outfit', 'jumpsuit', 'overall', 'costume', 'gown', 'robe', 'kimono', 'onesie', 'uniform'] },
  { slot: 'top', words: ['shirt', '=tee', 'top', 'blouse', 'sweater', 'jumper', 'hoodie', 'jacket', 'coat', 'vest', 'cardigan', 'tunic', 'blazer', 'parka'] },
  { slot: 'bottom', words: ['pants', 'trouser', 'jeans', 'skirt', '=shorts', 'legging', 'culotte'] },
  { slot: 'headwear', bone: 'Head', words: ['hat', 'cap', 'beanie', 'helmet', 'beret', 'fedora', 'crown', 'tiara', 'hood', 'headband', 'bandana', 'turban'] },
  { slot: 'beard', words: ['beard', 'moustache', 'mustache', 'goatee', 'stubble', 'sideburn'] },
  { slot: 'eyebrows', words: ['eyebrow', '=brow'] },
  { slot: 'eyelashes', words: ['eyelash', '=lash', '=lashes'] },
  { slot: 'hair', words: ['hair', 'ponytail', '=bob', 'braid', '=bun', 'afro', 'mohawk', 'dreadlock', '=wig', 'pigtail'] },
  { slot: 'eyes', words: ['=eye', 'iris'] },
  { slot: 'teeth', words: ['teeth', 'tooth'] },
  { slot: 'tongue', words: ['tongue'] },
];

/** Bones a rigid accessory may sensibly hang from, for the nearest-bone fallback. */
const CARRIERS = ['Head', 'Neck', 'Spine2', 'Spine1', 'Spine', 'Hips', 'LeftHand', 'RightHand', 'LeftForeArm', 'RightForeArm', 'LeftFoot', 'RightFoot', 'LeftUpLeg', 'RightUpLeg'];

/** Lower-case words of a file name: "GoldRing_v2.glb" → gold, ring, v. */
function words(fileName: string): string[] {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
  return base.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter(Boolean);
}

function matches(word: string, key: string): boolean {
  if (key.startsWith('=')) return word === key.slice(1) || word === `${key.slice(1)}s`;
  // Short keys match only at the end of a word ("tophat"), longer ones at either end ("sneakers", "sunglasses").
  return word.endsWith(key) || word.endsWith(`${key}s`) || (key.length >= 4 && word.startsWith(key));
}

function ruleFor(fileName: string): NameRule | undefined {
  const found = words(fileName);
  return RULES.find((rule) => rule.words.some((key) => found.some((word) => matches(word, key))));
}

/** The slot a lone GLB is drafted in when its name suggests none and the designer has not chosen one. */
export const DEFAULT_DRAFT_SLOT = 'accessory';

/** The slot a file's name suggests, or null when its name says nothing we know (the designer is asked). */
export function guessSlot(fileName: string): string | null {
  return ruleFor(fileName)?.slot ?? null;
}

/** The bone to carry a rigid item: from its name, else the carrier joint nearest its centre, else Head. */
export function suggestBone(fileName: string, centre: Vec3 | null, skeleton: ReferenceSkeleton | null): string {
  const named = ruleFor(fileName)?.bone;
  const joints = skeleton?.joints ?? [];
  if (named && (!skeleton || joints.some((joint) => joint.name === named))) return named;
  const carriers = joints.filter((joint) => CARRIERS.includes(joint.name));
  if (!centre || carriers.length === 0) return 'Head';
  const distance = (p: Vec3) => Math.hypot(p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]);
  return carriers.reduce((best, joint) => (distance(joint.position) < distance(best.position) ? joint : best)).name;
}
