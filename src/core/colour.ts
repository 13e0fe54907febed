/** Colours: the document stores sRGB hex; rendering multiplies linear values. */

export type Rgb = [number, number, number];

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

export function hexToSrgb(hex: string): Rgb {
  const match = HEX.exec(hex);
  if (!match) throw new Error(`"${hex}" is not a colour like #a1b2c3`);
  return [parseInt(match[1]!, 16) / 255, parseInt(match[2]!, 16) / 255, parseInt(match[3]!, 16) / 255];
}

export function srgbToHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(1, Math.max(0, c)) * 255).toString(16).padStart(2, '0')).join('')}`;
}

export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * The linear multiplier that turns an item whose texture averages `swatch` into one that averages `target`:
 * the texture's detail stays, its overall colour becomes the chosen one. Capped so near-black swatches
 * cannot blow up; the cap keeps the hue.
 */
export function tintFor(targetHex: string, swatchHex: string | undefined, cap = 4): Rgb {
  const target = hexToSrgb(targetHex).map(srgbToLinear);
  const swatch = swatchHex ? hexToSrgb(swatchHex).map(srgbToLinear) : [1, 1, 1];
  const tint = target.map((t, i) => t / Math.max(swatch[i]!, 1e-3));
  // Scaled as a whole, never per channel: a capped tint stays the chosen hue, only less bright.
  const scale = Math.min(1, cap / Math.max(...tint));
  return tint.map((t) => t * scale) as Rgb;
}

/** Relative luminance of an sRGB hex colour, as a grey hex (what a dyed texture averages to). */
export function greyOf(hex: string): string {
  const [r, g, b] = hexToSrgb(hex).map(srgbToLinear) as Rgb;
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const srgb = luminance <= 0.0031308 ? luminance * 12.92 : 1.055 * luminance ** (1 / 2.4) - 0.055;
  return srgbToHex([srgb, srgb, srgb]);
}
