/**
 * Every accessory is coloured by a tiny palette texture: a 4 × 4 grid of flat colour cells, each part's UVs at
 * the centre of its cell. One texture per item means a variant is just another palette (the app swaps base-colour
 * textures today), and the app's dye, which keeps a texture's brightness and takes the chosen hue, works as it
 * does on the core pack's textured items.
 */
import sharp from 'sharp';
import { hexToSrgb } from '../../src/core/colour';

export const PALETTE_CELLS = 16;
const GRID = 4;
const CELL_PIXELS = 4;
export const PALETTE_PIXELS = GRID * CELL_PIXELS;

/** The UV at the centre of a palette cell (glTF UVs: v grows downwards, like image rows). */
export function cellUv(cell: number): [number, number] {
  if (!Number.isInteger(cell) || cell < 0 || cell >= PALETTE_CELLS) throw new Error(`no palette cell ${cell}`);
  return [((cell % GRID) + 0.5) / GRID, (Math.floor(cell / GRID) + 0.5) / GRID];
}

/** An sRGB PNG of the palette: cell k takes colours[k] (sRGB hex); unused cells are white. */
export async function palettePng(colours: readonly string[]): Promise<Uint8Array> {
  if (colours.length > PALETTE_CELLS) throw new Error(`a palette holds at most ${PALETTE_CELLS} colours`);
  const pixels = Buffer.alloc(PALETTE_PIXELS * PALETTE_PIXELS * 3, 255);
  for (let y = 0; y < PALETTE_PIXELS; y++) {
    for (let x = 0; x < PALETTE_PIXELS; x++) {
      const hex = colours[Math.floor(y / CELL_PIXELS) * GRID + Math.floor(x / CELL_PIXELS)];
      if (hex) pixels.set(hexToSrgb(hex).map((c) => Math.round(c * 255)), (y * PALETTE_PIXELS + x) * 3);
    }
  }
  const png = sharp(pixels, { raw: { width: PALETTE_PIXELS, height: PALETTE_PIXELS, channels: 3 } }).png({ compressionLevel: 9 });
  return new Uint8Array(await png.toBuffer());
}
