import { describe, expect, it } from 'vitest';
import { greyOf, hexToSrgb, srgbToHex, srgbToLinear, tintFor } from './colour';

describe('colours', () => {
  it('round-trips hex through sRGB', () => {
    for (const hex of ['#000000', '#ffffff', '#a1b2c3', '#7f3e12']) expect(srgbToHex(hexToSrgb(hex))).toBe(hex);
  });

  it('tints a texture so its mean becomes the chosen colour', () => {
    const tint = tintFor('#804020', '#c08060');
    const swatch = hexToSrgb('#c08060').map(srgbToLinear);
    const target = hexToSrgb('#804020').map(srgbToLinear);
    swatch.forEach((s, i) => expect(s * tint[i]!).toBeCloseTo(target[i]!, 6));
  });

  it('caps the tint of near-black swatches without changing the hue, and rejects malformed colours', () => {
    expect(Math.max(...tintFor('#ffffff', '#000000'))).toBe(4);
    const [r, g, b] = tintFor('#e0c080', '#080808');
    expect(Math.max(r, g, b)).toBeCloseTo(4, 9);
    const target = hexToSrgb('#e0c080').map(srgbToLinear);
    expect(g / r).toBeCloseTo(target[1]! / target[0]!, 9);
    expect(b / r).toBeCloseTo(target[2]! / target[0]!, 9);
    expect(() => hexToSrgb('red')).toThrow('"red" is not a colour like #a1b2c3');
  });

  it('turns a colour into the grey of the same luminance', () => {
    expect(greyOf('#ffffff')).toBe('#ffffff');
    expect(greyOf('#000000')).toBe('#000000');
    expect(greyOf('#00ff00')).toBe('#dcdcdc');
  });
});
