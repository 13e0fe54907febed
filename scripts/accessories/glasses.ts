/** Glasses and sunglasses in several shapes: one style table, one builder. */
import type { Fit } from './fit';
import { frontLayout, glassesFront, type FrameStyle } from './glassesFront';
import { temples } from './glassesTemples';
import { FINISHES, type Model } from './model';

export const GLASSES_STYLES = {
  round: {
    lens: { width: 0.042, height: 0.042, exponent: 2 },
    rim: { width: 0.0018, depth: 0.0018 },
    frame: FINISHES.metal,
    lensFinish: FINISHES.glass,
    nosePads: true,
    topBar: false,
  },
  square: {
    lens: { width: 0.05, height: 0.036, exponent: 5 },
    rim: { width: 0.0045, depth: 0.0045 },
    frame: FINISHES.plastic,
    lensFinish: FINISHES.glass,
    nosePads: false,
    topBar: false,
  },
  catEye: {
    lens: { width: 0.05, height: 0.032, exponent: 3, lift: 0.5 },
    rim: { width: 0.005, depth: 0.0045 },
    frame: FINISHES.plastic,
    lensFinish: FINISHES.glass,
    nosePads: false,
    topBar: false,
  },
  aviator: {
    lens: { width: 0.054, height: 0.04, exponent: 3, drop: 0.45 },
    rim: { width: 0.0016, depth: 0.0018 },
    frame: FINISHES.metal,
    lensFinish: FINISHES.tintedGlass,
    nosePads: true,
    topBar: true,
  },
  wayfarer: {
    lens: { width: 0.05, height: 0.038, exponent: 4, lift: 0.12 },
    rim: { width: 0.0055, depth: 0.005 },
    frame: FINISHES.plastic,
    lensFinish: FINISHES.tintedGlass,
    nosePads: false,
    topBar: false,
  },
} satisfies Record<string, FrameStyle>;

export function buildGlasses(fit: Fit, name: string, style: FrameStyle): Model {
  const layout = frontLayout(fit, style);
  return { name, parts: [...glassesFront(fit, style, layout), ...temples(fit, layout, style)] };
}
