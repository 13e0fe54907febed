/**
 * Morph targets under Ready Player Me's names, each mixed from MakeHuman's CC0 expression units (weights chosen
 * by eye). One-sided ARKit shapes take the avatar's left or right half of a symmetric unit. Shapes the units
 * cannot make honestly (tongueOut, cheekPuff, jaw sideways, eye look directions, mouth roll…) are left out
 * rather than faked; docs/export.md lists both.
 */
import { EYES_CLOSED, type ExpressionRecipe } from '../avatar/expressions';

const open = (amount: number): [string, number] => ['mouth-open', amount];

/** The 15 Oculus visemes. `viseme_sil` (silence) is the neutral face: it moves nothing. */
export const VISEMES: Readonly<Record<string, ExpressionRecipe>> = {
  viseme_sil: { units: [] },
  viseme_PP: { units: [['mouth-compression', 1]] },
  viseme_FF: { units: [open(0.12), ['mouth-upward-retraction', 0.4], ['mouth-depression-retraction', 0.3]] },
  viseme_TH: { units: [open(0.25), ['mouth-retraction', 0.2]] },
  viseme_DD: { units: [open(0.3), ['mouth-retraction', 0.3]] },
  viseme_kk: { units: [open(0.35), ['mouth-retraction', 0.35]] },
  viseme_CH: { units: [open(0.25), ['mouth-protusion', 0.6]] },
  viseme_SS: { units: [open(0.12), ['mouth-retraction', 0.6]] },
  viseme_nn: { units: [open(0.22), ['mouth-retraction', 0.25]] },
  viseme_RR: { units: [open(0.2), ['mouth-pursing', 0.45]] },
  viseme_aa: { units: [open(0.85)] },
  viseme_E: { units: [open(0.4), ['mouth-retraction', 0.6]] },
  viseme_I: { units: [open(0.22), ['mouth-retraction', 0.85]] },
  viseme_O: { units: [open(0.5), ['mouth-pursing', 0.6]] },
  viseme_U: { units: [open(0.15), ['mouth-pursing', 1]] },
};

/** RPM's extra shapes that lip-sync and blinking code looks for. */
export const EXTRAS: Readonly<Record<string, ExpressionRecipe>> = {
  mouthOpen: { units: [open(1)] },
  mouthSmile: { units: [['mouth-corner-puller', 1]] },
  eyesClosed: EYES_CLOSED,
};

function pair(name: string, unit: string): Record<string, ExpressionRecipe> {
  return { [`${name}Left`]: { units: [[unit, 1]], side: 'left' }, [`${name}Right`]: { units: [[unit, 1]], side: 'right' } };
}

/** The ARKit blend shapes the units support (29 of 52). */
export const ARKIT: Readonly<Record<string, ExpressionRecipe>> = {
  eyeBlinkLeft: { units: [['eye-left-closure', 1]] },
  eyeBlinkRight: { units: [['eye-right-closure', 1]] },
  eyeSquintLeft: { units: [['eye-left-slit', 1]] },
  eyeSquintRight: { units: [['eye-right-slit', 1]] },
  eyeWideLeft: { units: [['eye-left-opened-up', 1]] },
  eyeWideRight: { units: [['eye-right-opened-up', 1]] },
  jawOpen: { units: [open(1)] },
  mouthFunnel: { units: [['mouth-protusion', 1]] },
  mouthPucker: { units: [['mouth-pursing', 1]] },
  ...pair('mouthSmile', 'mouth-corner-puller'),
  ...pair('mouthFrown', 'mouth-depression'),
  ...pair('mouthStretch', 'mouth-retraction'),
  ...pair('mouthPress', 'mouth-compression'),
  ...pair('mouthUpperUp', 'mouth-upward-retraction'),
  ...pair('mouthLowerDown', 'mouth-depression-retraction'),
  mouthShrugUpper: { units: [['mouth-elevation', 1]] },
  browDownLeft: { units: [['eyebrows-left-down', 1]] },
  browDownRight: { units: [['eyebrows-right-down', 1]] },
  browInnerUp: { units: [['eyebrows-left-inner-up', 1], ['eyebrows-right-inner-up', 1]] },
  browOuterUpLeft: { units: [['eyebrows-left-extern-up', 1]] },
  browOuterUpRight: { units: [['eyebrows-right-extern-up', 1]] },
  noseSneerLeft: { units: [['nose-left-elevation', 1]] },
  noseSneerRight: { units: [['nose-right-elevation', 1]] },
};

export const MORPH_SETS = {
  none: {},
  visemes: { ...VISEMES, ...EXTRAS },
  arkit: { ...ARKIT, ...EXTRAS },
  all: { ...ARKIT, ...VISEMES, ...EXTRAS },
} as const satisfies Record<string, Readonly<Record<string, ExpressionRecipe>>>;
