/** A body or face control as the editor shows it (ids and ranges come from the body pack's shape data). */
export interface BodyControl {
  id: string;
  group: 'macro' | 'face' | 'body';
  part: string;
  name: { en: string; fr: string };
  min: number;
  max: number;
  default: number;
}

/** Keeps a slider value inside its control's range. */
export function clampToControl(control: BodyControl, value: number): number {
  return Number.isFinite(value) ? Math.min(control.max, Math.max(control.min, value)) : control.default;
}
