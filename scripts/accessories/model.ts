/** What an accessory builder returns: parts (surfaces) that each take one palette colour and one finish. */
import { triangleCount, type Surface } from './surface';

/** How a material reflects; parts with the same finish share one glTF material (and one primitive). */
export interface Finish {
  name: string;
  metallic: number;
  roughness: number;
  /** Below 1, the material is blended (tinted lenses). */
  opacity?: number;
}

export interface Part {
  surface: Surface;
  /** Palette cell (0 is the item's main, dyeable colour). */
  colour: number;
  finish: Finish;
}

export interface Model {
  name: string;
  parts: Part[];
}

export const FINISHES = {
  plastic: { name: 'plastic', metallic: 0, roughness: 0.45 },
  matte: { name: 'matte', metallic: 0, roughness: 0.8 },
  fabric: { name: 'fabric', metallic: 0, roughness: 0.95 },
  glossy: { name: 'glossy', metallic: 0, roughness: 0.15 },
  metal: { name: 'metal', metallic: 1, roughness: 0.3 },
  glass: { name: 'glass', metallic: 0, roughness: 0.1, opacity: 0.35 },
  tintedGlass: { name: 'tinted-glass', metallic: 0, roughness: 0.08, opacity: 0.88 },
} satisfies Record<string, Finish>;

export function modelTriangles(model: Model): number {
  return model.parts.reduce((sum, part) => sum + triangleCount(part.surface), 0);
}

/** The parts on the avatar's left (+X) side: one of a mirrored pair. */
export function leftSide(model: Model): Model {
  const meanX = (part: Part): number => {
    const xs = part.surface.positions.filter((_, i) => i % 3 === 0);
    return xs.reduce((sum, x) => sum + x, 0) / xs.length;
  };
  return { ...model, parts: model.parts.filter((part) => meanX(part) > 0) };
}
