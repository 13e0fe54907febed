import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from './source';
import { encodeThumbnail, encodeWebp, solidColourWebp } from './textures';

const SUIT = 'public/data/proxies/clothes/male_casualsuit01';
const diffuse = (): Buffer => readSourceFile(`${SUIT}/textures/male_casualsuit01_diffuse.png`);
const normal = (): Buffer => readSourceFile(`${SUIT}/textures/male_casualsuit01_normal.png`);

/** Mean angle (degrees) between the normals of two same-size normal maps. */
async function meanNormalAngle(a: Buffer, b: Uint8Array): Promise<number> {
  const [pa, pb] = await Promise.all([a, b].map((img) => sharp(img).removeAlpha().raw().toBuffer()));
  const unit = (p: Buffer, i: number): number[] => {
    const v = [p[i]! / 127.5 - 1, p[i + 1]! / 127.5 - 1, p[i + 2]! / 127.5 - 1];
    const length = Math.hypot(v[0]!, v[1]!, v[2]!) || 1;
    return v.map((c) => c / length);
  };
  let sum = 0;
  for (let i = 0; i < pa!.length; i += 3) {
    const [u, v] = [unit(pa!, i), unit(pb!, i)];
    sum += Math.acos(Math.min(1, u[0]! * v[0]! + u[1]! * v[1]! + u[2]! * v[2]!));
  }
  return ((sum / (pa!.length / 3)) * 180) / Math.PI;
}

describe('encodeWebp', () => {
  it('gives the same bytes twice', async () => {
    for (const kind of ['color', 'alpha', 'normal', 'data'] as const) {
      const [a, b] = await Promise.all([encodeWebp(diffuse(), kind), encodeWebp(diffuse(), kind)]);
      expect(Buffer.from(a).equals(Buffer.from(b)), kind).toBe(true);
    }
  });

  it('never upscales, and shrinks to the size asked', async () => {
    const small = await sharp(diffuse()).resize(64, 64).png().toBuffer();
    expect((await sharp(await encodeWebp(small, 'color')).metadata()).width).toBe(64);
    expect((await sharp(await encodeWebp(diffuse(), 'color')).metadata()).width).toBe(512);
    expect((await sharp(await encodeThumbnail(diffuse())).metadata()).width).toBe(128);
  });

  it('is much smaller than the source PNG', async () => {
    expect((await encodeWebp(diffuse(), 'color')).byteLength).toBeLessThan(diffuse().byteLength / 5);
    expect((await encodeWebp(normal(), 'normal')).byteLength).toBeLessThan(normal().byteLength * 0.7);
  });

  it('keeps normal maps within half a degree on average (no banding)', async () => {
    expect(await meanNormalAngle(normal(), await encodeWebp(normal(), 'normal'))).toBeLessThan(0.5);
  });

  it('keeps a lossless alpha channel for alpha kinds and drops it for colour', async () => {
    const hair = readSourceFile('public/data/proxies/hair/bob01/textures/bob01_diffuse.png');
    const source = await sharp(hair).ensureAlpha().extractChannel(3).raw().toBuffer();
    const encoded = await sharp(await encodeWebp(hair, 'alpha')).ensureAlpha().extractChannel(3).raw().toBuffer();
    expect(encoded.equals(source)).toBe(true);
    expect((await sharp(await encodeWebp(hair, 'color')).metadata()).hasAlpha).toBe(false);
  });

  it('makes flat-colour textures', async () => {
    const { data } = await sharp(await solidColourWebp([1, 0.5, 0])).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(240);
    expect(data[2]).toBeLessThan(15);
  });
});
