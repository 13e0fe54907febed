/**
 * The six bodies a designer previews one wearable on: the corners of the core body's macro controls that stretch
 * a garment most (slim and heavy, young and old, feminine and masculine, very muscular). Values are body control
 * values (gender 0 = feminine … 1 = masculine; age 0.5 = 25 years … 1 = 90 years; weight, muscle, height 0 … 1).
 */
export interface PreviewBody {
  /** Stable id, also the label's text key (`previewGrid.bodies.<id>`) and a test id suffix. */
  id: 'slimYoungWoman' | 'heavyWoman' | 'oldWoman' | 'slimYoungMan' | 'muscularMan' | 'heavyOldMan';
  body: { gender: number; age: number; weight: number; muscle: number; height: number };
}

export const PREVIEW_BODIES: readonly PreviewBody[] = [
  { id: 'slimYoungWoman', body: { gender: 0, age: 0.5, weight: 0.15, muscle: 0.4, height: 0.55 } },
  { id: 'heavyWoman', body: { gender: 0, age: 0.62, weight: 1, muscle: 0.45, height: 0.45 } },
  { id: 'oldWoman', body: { gender: 0.05, age: 0.95, weight: 0.5, muscle: 0.3, height: 0.3 } },
  { id: 'slimYoungMan', body: { gender: 1, age: 0.5, weight: 0.15, muscle: 0.45, height: 0.55 } },
  { id: 'muscularMan', body: { gender: 1, age: 0.6, weight: 0.55, muscle: 1, height: 0.58 } },
  { id: 'heavyOldMan', body: { gender: 0.95, age: 0.92, weight: 1, muscle: 0.35, height: 0.4 } },
];

/** Feminine bodies keep an underwear top on under what is previewed. */
export function isFeminine(body: PreviewBody): boolean {
  return body.body.gender < 0.5;
}
