/**
 * `npx tsx scripts/accessories/try-preview.ts [out.png] [id…]`: a contact sheet of accessories, each drawn alone
 * and on the reference body from the front and the side, to look at how they fit.
 */
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { readReferenceBody, type ReferenceBody } from './body';
import { ACCESSORIES } from './catalogue';
import { measureFit } from './fit';
import { FINISHES, leftSide, type Model, type Part } from './model';
import { renderThumbnail, THREE_QUARTER, THUMBNAIL_PIXELS } from './thumbnail';

const SKIN_CELL = 15;
const SKIN = '#c99a7c';

/** The body's triangles around a model (within `margin` of its bounds), as one more part. */
function bodyAround(body: ReferenceBody, model: Model, margin: number): Part {
  const positions = model.parts.flatMap((part) => part.surface.positions);
  const [min, max] = [[0, 1, 2].map((k) => Infinity + k), [0, 1, 2].map((k) => -Infinity - k)];
  positions.forEach((v, i) => ([min[i % 3], max[i % 3]] = [Math.min(min[i % 3]!, v - margin), Math.max(max[i % 3]!, v + margin)]));
  const inside = (v: number): boolean => [0, 1, 2].every((k) => body.positions[v * 3 + k]! >= min[k]! && body.positions[v * 3 + k]! <= max[k]!);
  const indices: number[] = [];
  for (let t = 0; t < body.indices.length; t += 3) if ([0, 1, 2].every((k) => inside(body.indices[t + k]!))) indices.push(...body.indices.subarray(t, t + 3));
  return { surface: { positions: [...body.positions], normals: [...body.normals], indices }, colour: SKIN_CELL, finish: FINISHES.matte };
}

async function main(): Promise<void> {
  const [out = '/tmp/accessories-preview.png', ...ids] = process.argv.slice(2);
  const body = await readReferenceBody();
  const fit = measureFit(body);
  const tiles: Buffer[] = [];
  for (const entry of ACCESSORIES.filter((e) => ids.length === 0 || ids.includes(e.id))) {
    const model = entry.build(fit, entry.id);
    const colours = Object.assign([...entry.colours], { [SKIN_CELL]: SKIN });
    const dressed: Model = { name: entry.id, parts: [...model.parts, bodyAround(body, model, 0.04)] };
    for (const [shown, view] of [[entry.thumbnailOfOne ? leftSide(model) : model, entry.view ?? THREE_QUARTER], [dressed, { yaw: 0.25, pitch: 0.1 }], [dressed, { yaw: 1.3, pitch: 0.1 }]] as const) {
      tiles.push(Buffer.from(await renderThumbnail(shown, colours, view)));
    }
  }
  const size = THUMBNAIL_PIXELS;
  const sheet = sharp({ create: { width: 3 * size, height: (tiles.length / 3) * size, channels: 4, background: '#e8e8e8' } });
  writeFileSync(out, await sheet.composite(tiles.map((input, i) => ({ input, left: (i % 3) * size, top: Math.floor(i / 3) * size }))).png().toBuffer());
  console.log(`wrote ${out}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
