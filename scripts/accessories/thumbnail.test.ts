import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FINISHES, type Model } from './model';
import { cellUv, palettePng, PALETTE_PIXELS } from './palette';
import { superellipsoid } from './solids';
import { renderThumbnail, THUMBNAIL_PIXELS } from './thumbnail';

const cube: Model = { name: 'cube', parts: [{ surface: superellipsoid([0.05, 0.05, 0.05], 12, 24, 12), colour: 0, finish: FINISHES.matte }] };

describe('thumbnails', () => {
  it('draws a model as a square WebP, centred, on a transparent background', async () => {
    const webp = await renderThumbnail(cube, ['#c03030']);
    const { data, info } = await sharp(webp).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([THUMBNAIL_PIXELS, THUMBNAIL_PIXELS, 4]);
    const alpha = (x: number, y: number): number => data[(y * info.width + x) * 4 + 3]!;
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(128, 128)).toBe(255);
    const opaque = Array.from({ length: info.width * info.height }, (_, i) => data[i * 4 + 3]! > 128).filter(Boolean).length;
    // A rounded cube seen from three-quarters fills most of its fitted square.
    expect(opaque / (info.width * info.height)).toBeGreaterThan(0.4);
    const [r, g, b] = [0, 1, 2].map((k) => data[(128 * info.width + 128) * 4 + k]!);
    expect(r).toBeGreaterThan(2 * Math.max(g!, b!)); // it keeps the material's red
  });

  it('gives the same bytes for the same model', async () => {
    expect(Buffer.from(await renderThumbnail(cube, ['#3060c0']))).toEqual(Buffer.from(await renderThumbnail(cube, ['#3060c0'])));
  });
});

describe('palettes', () => {
  it('puts each colour in its cell, where the cell centre UV samples it', async () => {
    const png = await palettePng(['#ff0000', '#00ff00', '#0000ff', '#123456', '#abcdef']);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([PALETTE_PIXELS, PALETTE_PIXELS]);
    const sample = (cell: number): string => {
      const [u, v] = cellUv(cell);
      const at = (Math.floor(v * info.height) * info.width + Math.floor(u * info.width)) * info.channels;
      return `#${[0, 1, 2].map((k) => data[at + k]!.toString(16).padStart(2, '0')).join('')}`;
    };
    expect([0, 1, 2, 3, 4, 5].map(sample)).toEqual(['#ff0000', '#00ff00', '#0000ff', '#123456', '#abcdef', '#ffffff']);
    expect(() => cellUv(16)).toThrow();
  });
});
