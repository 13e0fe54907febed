import { describe, expect, it } from 'vitest';
import type { RgbaImage } from './codecs';
import { bakeColour, blitWithPadding, cutOutAlpha, flattenHiddenPixels } from './pixels';

const image = (width: number, height: number, pixels: number[][]): RgbaImage => ({ data: Uint8ClampedArray.from(pixels.flat()), width, height });

describe('pixels', () => {
  it('copies a cell and repeats its edge pixels into the padding around it', () => {
    const target: RgbaImage = { data: new Uint8ClampedArray(6 * 6 * 4), width: 6, height: 6 };
    const red = [255, 0, 0, 255], blue = [0, 0, 255, 255];
    blitWithPadding(target, image(2, 2, [red, blue, blue, red]), 2, 2, 2);
    const at = (x: number, y: number) => Array.from(target.data.subarray((y * 6 + x) * 4, (y * 6 + x) * 4 + 4));
    expect([at(2, 2), at(3, 2), at(2, 3), at(3, 3)]).toEqual([red, blue, blue, red]);
    expect([at(0, 0), at(1, 2), at(5, 2), at(5, 5), at(2, 0)]).toEqual([red, red, blue, red, red]);
  });

  it('dyes in linear light: a dyed texture keeps its brightness and takes the colour', () => {
    const grey = bakeColour(image(1, 1, [[188, 188, 188, 255]]), [1, 0, 0], true);
    expect(Array.from(grey.data)).toEqual([188, 0, 0, 255]);
    const tinted = bakeColour(image(1, 1, [[255, 128, 0, 200]]), [0.5, 1, 1], false);
    expect(Array.from(tinted.data)).toEqual([188, 128, 0, 200]);
  });

  it('turns cut-out alpha into 0 or 255 and gives hidden pixels the mean visible colour', () => {
    const cut = cutOutAlpha(image(3, 1, [[10, 20, 30, 200], [90, 90, 90, 60], [30, 40, 50, 128]]), 0.5);
    expect(Array.from(cut.data.filter((_, i) => i % 4 === 3))).toEqual([255, 0, 255]);
    const flat = flattenHiddenPixels(cut);
    expect(Array.from(flat.data.subarray(4, 8))).toEqual([20, 30, 40, 0]);
  });
});
