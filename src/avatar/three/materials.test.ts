import { Color, MeshStandardMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { greyOf, tintFor } from '../../core/colour';
import { loadCorePackForTests } from '../testPack';
import { alphaCutoff, buildMaterial, tintMaterial } from './materials';
import type { ImageDecoder } from './textures';

/** Node has no image decoder: materials are built from the GLB's real settings, without their textures. */
const noImages: ImageDecoder = { decode: () => Promise.resolve(null), release: () => {} };

/** Skin swatches with chosen skin tones, and dyed items (hair, garments) with chosen colours. */
const SKINS = { default: ['#8d5524', '#c68642', '#e0ac69'], 'young-caucasian-female': ['#f1c27d', '#ffdbac', '#c68642'], 'young-african-male': ['#3b2219', '#5a3825', '#7a4a2e'] };
const DYED = { bob02: ['#3a7bd5', '#c0392b', '#e6c88c'], coat: ['#2e8b57', '#1e1e1e', '#ffd700'], tubetop: ['#800080', '#ff7f50', '#4682b4'] };

/** Linear RGB of a colour, as three.js holds it (three converts sRGB hex to its linear working space itself). */
function linear(color: Color): number[] {
  return [color.r, color.g, color.b];
}

describe('colours on the core pack materials', async () => {
  const pack = await loadCorePackForTests();

  /** Tints a material built from the item's GLB and checks material colour × swatch = chosen colour, in linear. */
  async function roundTrip(materialOf: string, swatch: string, chosen: readonly string[]) {
    const data = materialOf === 'body' ? pack.body.primitives[0]!.material : (await pack.item(materialOf)).primitives[0]!.material;
    const material = await buildMaterial(data, noImages);
    expect(linear(material.color), `${materialOf}: its GLB base colour`).toEqual(data.baseColor.slice(0, 3));
    for (const hex of chosen) {
      const tint = tintFor(hex, swatch);
      // Below the cap (4×), which keeps near-black swatches from blowing up.
      expect(Math.max(...tint), `${hex} over ${swatch}`).toBeLessThan(4);
      tintMaterial(material, new Color(...tint));
      const product = linear(material.color).map((c, i) => c * linear(new Color(swatch))[i]!);
      const base = data.baseColor;
      linear(new Color(hex)).forEach((target, i) => expect(product[i]!, `${materialOf} ${hex} channel ${i}`).toBeCloseTo(target * base[i]!, 6));
    }
    tintMaterial(material, null);
    expect(linear(material.color), `${materialOf}: untinted`).toEqual(data.baseColor.slice(0, 3));
  }

  it('tints the skin so that its swatch becomes the chosen colour, and untints back', async () => {
    for (const [skin, chosen] of Object.entries(SKINS)) await roundTrip('body', pack.asset(skin).swatch!, chosen);
  });

  it('dyes colourable items so that their grey becomes the chosen colour, and undyes back', async () => {
    for (const [id, chosen] of Object.entries(DYED)) {
      expect(pack.asset(id).colourable, id).toBe(true);
      // A dyed texture keeps only its brightness: it averages the grey of its swatch.
      await roundTrip(id, greyOf(pack.asset(id).swatch!), chosen);
    }
  });

  it('shows exactly the chosen colour on a white swatch (toon skin)', async () => {
    const material = await buildMaterial(pack.body.primitives[0]!.material, noImages);
    expect(pack.asset('toon01').swatch).toBe('#ffffff');
    for (const hex of ['#3a7bd5', '#c68642', '#000000', '#ffffff']) {
      tintMaterial(material, new Color(...tintFor(hex, '#ffffff')));
      expect(`#${material.color.getHexString()}`).toBe(hex);
    }
  });

  it('tints and restores a material that was not built from a pack', () => {
    const material = new MeshStandardMaterial({ color: new Color('#808080') });
    tintMaterial(material, new Color(...tintFor('#3a7bd5', '#808080')));
    expect(`#${material.color.getHexString()}`).toBe('#3a7bd5');
    tintMaterial(material, null);
    expect(`#${material.color.getHexString()}`).toBe('#808080');
  });

  it('gives opaque and masked materials one shader program, the cutoff being a uniform', async () => {
    const body = await buildMaterial(pack.body.primitives[0]!.material, noImages);
    const hair = await buildMaterial((await pack.item('long01')).primitives[0]!.material, noImages);
    expect(hair.userData.alphaCutoff, 'long01 is masked').toBe(0.5);
    for (const material of [body, hair]) {
      // No alphaTest and no transparency: three.js would make either a program variant of its own.
      expect([material.alphaTest, material.transparent, material.customProgramCacheKey()]).toEqual([0, false, 'avatar-switches']);
      const shader = { uniforms: {} as Record<string, { value: unknown }>, vertexShader: '', fragmentShader: '#include <map_fragment>\n#include <alphatest_fragment>' };
      material.onBeforeCompile(shader as never, undefined as never);
      expect(shader.fragmentShader).toContain('if (diffuseColor.a < alphaCutoff) discard;');
      expect(shader.uniforms.alphaCutoff!.value).toBe(alphaCutoff(material));
    }
    expect(alphaCutoff(body)).toBe(0);
  });
});
