/**
 * The body controls the app offers: MakeHuman's macro sliders, plus detail controls built from its
 * paired targets (decrease side | increase side; left/right pairs move together).
 */
import { MACRO_KEYS, yearsToAge } from '../../src/avatar/shape/macroWeights';
import { REFERENCE_MACROS } from './referenceBody';
import type { ShapeControl } from '../../src/avatar/shape/format';

/**
 * Avatars are adults. MakeHuman blends linearly between its 10-year-old corner and its 25-year-old
 * corner below 25 "years", so an "18-year-old" is 47 % child shape (a 1.44 m woman, 15 cm shorter
 * than at 25). The age control therefore starts at MakeHuman's young-adult corner (25 on its scale):
 * no child shape can be reached at all.
 */
export const ADULT_MIN_AGE = yearsToAge(25);

type Text = { en: string; fr: string };

const MACRO_NAMES: Record<(typeof MACRO_KEYS)[number], [string, Text]> = {
  gender: ['gender', { en: 'Feminine – masculine', fr: 'Féminin – masculin' }],
  age: ['age', { en: 'Age', fr: 'Âge' }],
  muscle: ['muscle', { en: 'Muscle', fr: 'Musculature' }],
  weight: ['weight', { en: 'Weight', fr: 'Poids' }],
  height: ['height', { en: 'Height', fr: 'Taille' }],
  proportions: ['proportions', { en: 'Proportions', fr: 'Proportions' }],
  african: ['ancestry', { en: 'African', fr: 'Africaine' }],
  asian: ['ancestry', { en: 'Asian', fr: 'Asiatique' }],
  caucasian: ['ancestry', { en: 'Caucasian', fr: 'Caucasienne' }],
  breastSize: ['chest', { en: 'Breast size', fr: 'Taille de poitrine' }],
  breastFirmness: ['chest', { en: 'Breast firmness', fr: 'Fermeté de la poitrine' }],
};

export function macroControls(): ShapeControl[] {
  return MACRO_KEYS.map((id) => {
    const [part, name] = MACRO_NAMES[id];
    return { id, group: 'macro', part, name, min: id === 'age' ? ADULT_MIN_AGE : 0, max: 1, default: REFERENCE_MACROS[id] };
  });
}

export interface DetailControlDef {
  id: string;
  group: 'face' | 'body';
  part: string;
  name: Text;
  /** Target short names applied below 0 (empty for one-sided controls, which run 0..1). */
  decrease: string[];
  increase: string[];
  symmetric?: true;
}

/** Both sides of a left/right target: `sides('ears', 'ear-size-big')` -> l- and r- names. */
function sides(folder: string, stem: string): string[] {
  return [`${folder}/l-${stem}`, `${folder}/r-${stem}`];
}

function paired(id: string, group: 'face' | 'body', part: string, name: Text, folder: string, minStem: string, maxStem: string): DetailControlDef {
  return { id, group, part, name, decrease: sides(folder, minStem), increase: sides(folder, maxStem), symmetric: true };
}

function single(id: string, group: 'face' | 'body', part: string, name: Text, decrease: string | string[], increase: string | string[]): DetailControlDef {
  const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
  return { id, group, part, name, decrease: list(decrease), increase: list(increase) };
}

function oneSided(id: string, part: string, name: Text, target: string): DetailControlDef {
  return { id, group: 'face', part, name, decrease: [], increase: [target] };
}

/** Detail controls, face first, then body; each in [-1, 1] (one-sided face shapes in [0, 1]). */
export const DETAIL_CONTROLS: readonly DetailControlDef[] = [
  single('faceAge', 'face', 'head', { en: 'Face age', fr: 'Âge du visage' }, 'head/head-age-less', 'head/head-age-more'),
  single('faceFullness', 'face', 'head', { en: 'Face fullness', fr: 'Rondeur du visage' }, 'head/head-skinny', 'head/head-fat'),
  single('headWidth', 'face', 'head', { en: 'Head width', fr: 'Largeur de la tête' }, 'head/head-scale-horiz-less', 'head/head-scale-horiz-more'),
  single('headHeight', 'face', 'head', { en: 'Head height', fr: 'Hauteur de la tête' }, 'head/head-scale-vert-less', 'head/head-scale-vert-more'),
  single('headDepth', 'face', 'head', { en: 'Head depth', fr: 'Profondeur de la tête' }, 'head/head-scale-depth-less', 'head/head-scale-depth-more'),
  oneSided('faceOval', 'head', { en: 'Oval face', fr: 'Visage ovale' }, 'head/head-oval'),
  oneSided('faceRound', 'head', { en: 'Round face', fr: 'Visage rond' }, 'head/head-round'),
  oneSided('faceSquare', 'head', { en: 'Square face', fr: 'Visage carré' }, 'head/head-square'),
  oneSided('faceHeart', 'head', { en: 'Heart-shaped face', fr: 'Visage en cœur' }, 'head/head-invertedtriangular'),
  oneSided('faceDiamond', 'head', { en: 'Diamond face', fr: 'Visage en losange' }, 'head/head-diamond'),
  single('foreheadHeight', 'face', 'forehead', { en: 'Forehead height', fr: 'Hauteur du front' }, 'forehead/forehead-scale-vert-less', 'forehead/forehead-scale-vert-more'),
  single('browHeight', 'face', 'eyebrows', { en: 'Eyebrow height', fr: 'Hauteur des sourcils' }, 'eyebrows/eyebrows-trans-vert-less', 'eyebrows/eyebrows-trans-vert-more'),
  paired('eyeSize', 'face', 'eyes', { en: 'Eye size', fr: 'Taille des yeux' }, 'eyes', 'eye-size-small', 'eye-size-big'),
  paired('eyeSpacing', 'face', 'eyes', { en: 'Eye spacing', fr: 'Écart des yeux' }, 'eyes', 'eye-move-in', 'eye-move-out'),
  paired('eyeHeight', 'face', 'eyes', { en: 'Eye height', fr: 'Hauteur des yeux' }, 'eyes', 'eye-move-down', 'eye-move-up'),
  paired('eyeTilt', 'face', 'eyes', { en: 'Eye tilt', fr: 'Inclinaison des yeux' }, 'eyes', 'eye-corner1-down', 'eye-corner1-up'),
  single('noseWidth', 'face', 'nose', { en: 'Nose width', fr: 'Largeur du nez' }, 'nose/nose-scale-horiz-decr', 'nose/nose-scale-horiz-incr'),
  single('noseLength', 'face', 'nose', { en: 'Nose length', fr: 'Longueur du nez' }, 'nose/nose-scale-vert-decr', 'nose/nose-scale-vert-incr'),
  single('noseProjection', 'face', 'nose', { en: 'Nose projection', fr: 'Avancée du nez' }, 'nose/nose-scale-depth-decr', 'nose/nose-scale-depth-incr'),
  single('noseBump', 'face', 'nose', { en: 'Nose bump', fr: 'Bosse du nez' }, 'nose/nose-hump-lesshump', 'nose/nose-hump-morehump'),
  single('noseTip', 'face', 'nose', { en: 'Nose tip up', fr: 'Pointe du nez relevée' }, 'nose/nose-point-down', 'nose/nose-point-up'),
  single('nostrilWidth', 'face', 'nose', { en: 'Nostril width', fr: 'Largeur des narines' }, 'nose/nose-flaring-decr', 'nose/nose-flaring-incr'),
  single('mouthWidth', 'face', 'mouth', { en: 'Mouth width', fr: 'Largeur de la bouche' }, 'mouth/mouth-scale-horiz-decr', 'mouth/mouth-scale-horiz-incr'),
  single('mouthHeight', 'face', 'mouth', { en: 'Mouth height', fr: 'Hauteur de la bouche' }, 'mouth/mouth-trans-down', 'mouth/mouth-trans-up'),
  single('lipFullness', 'face', 'mouth', { en: 'Lip fullness', fr: 'Volume des lèvres' },
    ['mouth/mouth-upperlip-volume-deflate', 'mouth/mouth-lowerlip-volume-deflate'],
    ['mouth/mouth-upperlip-volume-inflate', 'mouth/mouth-lowerlip-volume-inflate']),
  paired('cheekbones', 'face', 'cheeks', { en: 'Cheekbones', fr: 'Pommettes' }, 'cheek', 'cheek-bones-in', 'cheek-bones-out'),
  paired('cheekFullness', 'face', 'cheeks', { en: 'Cheek fullness', fr: 'Rondeur des joues' }, 'cheek', 'cheek-volume-deflate', 'cheek-volume-inflate'),
  single('jawWidth', 'face', 'jaw', { en: 'Jaw width', fr: 'Largeur de la mâchoire' }, 'chin/chin-bones-in', 'chin/chin-bones-out'),
  single('chinWidth', 'face', 'chin', { en: 'Chin width', fr: 'Largeur du menton' }, 'chin/chin-width-min', 'chin/chin-width-max'),
  single('chinHeight', 'face', 'chin', { en: 'Chin height', fr: 'Hauteur du menton' }, 'chin/chin-height-min', 'chin/chin-height-max'),
  single('chinProminence', 'face', 'chin', { en: 'Chin forward', fr: 'Menton en avant' }, 'chin/chin-prominent-less', 'chin/chin-prominent-more'),
  paired('earSize', 'face', 'ears', { en: 'Ear size', fr: 'Taille des oreilles' }, 'ears', 'ear-size-small', 'ear-size-big'),
  paired('earsOut', 'face', 'ears', { en: 'Ears sticking out', fr: 'Oreilles décollées' }, 'ears', 'ear-flap-in', 'ear-flap-out'),
  single('neckLength', 'body', 'neck', { en: 'Neck length', fr: 'Longueur du cou' }, 'neck/neck-scale-vert-less', 'neck/neck-scale-vert-more'),
  single('neckWidth', 'body', 'neck', { en: 'Neck thickness', fr: 'Épaisseur du cou' }, 'neck/neck-scale-horiz-less', 'neck/neck-scale-horiz-more'),
  single('shoulderWidth', 'body', 'shoulders', { en: 'Shoulder width', fr: 'Largeur des épaules' }, 'measure/measure-shoulder-decrease', 'measure/measure-shoulder-increase'),
  single('torsoWidth', 'body', 'torso', { en: 'Torso width', fr: 'Largeur du torse' }, 'torso/torso-scale-horiz-decr', 'torso/torso-scale-horiz-incr'),
  single('torsoDepth', 'body', 'torso', { en: 'Torso depth', fr: 'Épaisseur du torse' }, 'torso/torso-scale-depth-decr', 'torso/torso-scale-depth-incr'),
  single('vShape', 'body', 'torso', { en: 'V-shaped back', fr: 'Dos en V' }, 'torso/torso-vshape-less', 'torso/torso-vshape-more'),
  single('chestMuscles', 'body', 'torso', { en: 'Chest muscles', fr: 'Pectoraux' }, 'torso/torso-muscle-pectoral-decr', 'torso/torso-muscle-pectoral-incr'),
  single('waist', 'body', 'waist', { en: 'Waist', fr: 'Tour de taille' }, 'measure/measure-waist-decrease', 'measure/measure-waist-increase'),
  single('belly', 'body', 'belly', { en: 'Belly', fr: 'Ventre' }, 'stomach/stomach-pregnant-decr', 'stomach/stomach-pregnant-incr'),
  single('hipWidth', 'body', 'hips', { en: 'Hip width', fr: 'Largeur des hanches' }, 'hip/hip-scale-horiz-decr', 'hip/hip-scale-horiz-incr'),
  single('buttocks', 'body', 'hips', { en: 'Buttocks', fr: 'Fessier' }, 'buttocks/buttocks-volume-decr', 'buttocks/buttocks-volume-incr'),
  single('legLength', 'body', 'legs', { en: 'Leg length', fr: 'Longueur des jambes' },
    ['legs/legs-upperlegheight-decr', 'legs/legs-lowerlegheight-decr'],
    ['legs/legs-upperlegheight-incr', 'legs/legs-lowerlegheight-incr']),
  paired('thighs', 'body', 'legs', { en: 'Thighs', fr: 'Cuisses' }, 'armslegs', 'upperleg-skinny', 'upperleg-fat'),
  paired('calves', 'body', 'legs', { en: 'Calves', fr: 'Mollets' }, 'armslegs', 'lowerleg-skinny', 'lowerleg-fat'),
  { ...paired('armLength', 'body', 'arms', { en: 'Arm length', fr: 'Longueur des bras' }, 'armslegs', 'upperarm-scale-horiz-decr', 'upperarm-scale-horiz-incr'),
    decrease: [...sides('armslegs', 'upperarm-scale-horiz-decr'), ...sides('armslegs', 'lowerarm-scale-horiz-decr')],
    increase: [...sides('armslegs', 'upperarm-scale-horiz-incr'), ...sides('armslegs', 'lowerarm-scale-horiz-incr')] },
  paired('upperArms', 'body', 'arms', { en: 'Upper arms', fr: 'Haut des bras' }, 'armslegs', 'upperarm-skinny', 'upperarm-fat'),
  paired('handSize', 'body', 'hands', { en: 'Hand size', fr: 'Taille des mains' }, 'armslegs', 'hand-scale-decr', 'hand-scale-incr'),
  paired('footSize', 'body', 'feet', { en: 'Foot size', fr: 'Taille des pieds' }, 'armslegs', 'foot-scale-decr', 'foot-scale-incr'),
];
