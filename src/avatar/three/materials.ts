import { Color, DataTexture, DoubleSide, FrontSide, LinearSRGBColorSpace, MeshStandardMaterial, SRGBColorSpace, type ColorSpace, type Side, type Texture } from 'three';
import type { MaterialData } from '../assetData';
import { createTexture, disposeTexture, type ImageDecoder } from './textures';

/**
 * A standard PBR material from pack data; it owns the textures it was built with (see disposeMaterial).
 *
 * Every avatar material has one of two shader programs, solid (opaque or masked) or blended: it is double-sided,
 * carries the dye switch and the alpha cutoff as uniforms, and a material without a colour, normal or occlusion
 * texture gets a one-pixel stand-in (white, flat, unoccluded) that looks the same. The default avatar needs 2 programs
 * instead of 7 and a swap never needs a new one: a software renderer takes about 50 ms to link each, in the frame
 * that first draws it.
 * Closed meshes (the body, eyes) look the same double-sided; their back faces are hidden behind their front faces.
 */
export async function buildMaterial(data: MaterialData, images: ImageDecoder): Promise<MeshStandardMaterial> {
  const [map, normalMap, aoMap] = await Promise.all([
    createTexture(data.baseColorTexture, images, 'color'),
    createTexture(data.normalTexture, images, 'data'),
    createTexture(data.occlusionTexture, images, 'data'),
  ]);
  const [r, g, b, a] = data.baseColor;
  const material = new MeshStandardMaterial({
    name: data.name,
    color: new Color().setRGB(r, g, b),
    opacity: a,
    metalness: data.metallic,
    roughness: data.roughness,
    map: map ?? STAND_INS.map,
    normalMap: normalMap ?? STAND_INS.normalMap,
    aoMap: aoMap ?? STAND_INS.aoMap,
    side: DoubleSide,
    transparent: data.alphaMode === 'BLEND',
    // Blended hair and lashes must not hide what is behind them in the depth buffer.
    depthWrite: data.alphaMode !== 'BLEND',
    // Thin blended cards (brows, lashes) drawn in one pass, not back faces then front faces: the split costs
    // two shader programs per material and shows no difference on cards this thin.
    forceSinglePass: true,
  });
  material.userData.baseColor = material.color.clone();
  material.userData.ownedTextures = [map, normalMap, aoMap];
  material.userData.authoredSide = data.doubleSided ? DoubleSide : FrontSide;
  addProgramSwitches(material, data.alphaMode === 'MASK' ? data.alphaCutoff : 0);
  return material;
}

/** One-pixel textures that change nothing: white colour, a normal facing straight out, no occlusion. Never disposed. */
const STAND_INS = {
  map: onePixel([255, 255, 255, 255], SRGBColorSpace),
  normalMap: onePixel([128, 128, 255, 255], LinearSRGBColorSpace),
  aoMap: onePixel([255, 255, 255, 255], LinearSRGBColorSpace),
};

function onePixel(rgba: number[], colorSpace: ColorSpace): DataTexture {
  const texture = new DataTexture(new Uint8Array(rgba), 1, 1);
  texture.colorSpace = colorSpace;
  texture.needsUpdate = true;
  return texture;
}

/**
 * The side the pack made the material with: copies drawn with their own, simpler programs (the preview grid) cull the
 * back faces of single-sided meshes such as the body, which the stage draws double-sided to share its programs.
 */
export function authoredSide(material: MeshStandardMaterial): Side {
  return (material.userData.authoredSide as Side | undefined) ?? material.side;
}

/** The texture, or null for a stand-in (copies for simpler shaders leave the stand-ins out). */
export function ownTexture(texture: Texture | null): Texture | null {
  return texture === STAND_INS.map || texture === STAND_INS.normalMap || texture === STAND_INS.aoMap ? null : texture;
}

const DYE_FRAGMENT = `#include <map_fragment>
#ifdef USE_MAP
  diffuseColor.rgb = mix(diffuseColor.rgb, diffuse * dot(sampledDiffuseColor.rgb, vec3(0.2126, 0.7152, 0.0722)), dyeAmount);
#endif`;

/** Masked materials discard what is below their cutoff; solid ones have a cutoff of 0, which discards nothing. */
const ALPHA_CUTOFF_FRAGMENT = 'if (diffuseColor.a < alphaCutoff) discard;';

/**
 * Dye mode (see setDyed) and the alpha cutoff of a masked material as uniforms: the same program serves dyed and
 * undyed, opaque and masked materials (three.js's own alphaTest is a program variant). The cache key is the same for
 * every material patched here, which tells three.js their programs can be shared.
 */
function addProgramSwitches(material: MeshStandardMaterial, alphaCutoff: number): void {
  const dyeAmount = { value: 0 };
  material.userData.dyeAmount = dyeAmount;
  material.userData.alphaCutoff = alphaCutoff;
  material.onBeforeCompile = (shader) => {
    shader.uniforms.dyeAmount = dyeAmount;
    shader.uniforms.alphaCutoff = { value: alphaCutoff };
    const fragment = shader.fragmentShader.replace('#include <map_fragment>', DYE_FRAGMENT).replace('#include <alphatest_fragment>', ALPHA_CUTOFF_FRAGMENT);
    shader.fragmentShader = `uniform float dyeAmount;\nuniform float alphaCutoff;\n${fragment}`;
  };
  material.customProgramCacheKey = () => 'avatar-switches';
}

/** The alpha below which a masked material's pixels are not drawn (0 for opaque and blended materials). */
export function alphaCutoff(material: MeshStandardMaterial): number {
  return (material.userData.alphaCutoff as number | undefined) ?? material.alphaTest;
}

/** Multiplies the material's own base colour by a tint (free colours for skin, hair and garments). */
export function tintMaterial(material: MeshStandardMaterial, tint: Color | null): void {
  // A material built elsewhere has its own colour recorded on its first tint.
  const base = (material.userData.baseColor ??= material.color.clone()) as Color;
  material.color.copy(base);
  if (tint) material.color.multiply(tint);
}

/**
 * Dye mode: the base-colour texture contributes only its brightness, so a chosen colour replaces the hue
 * (dyed hair, not a coloured filter over brown hair).
 */
export function setDyed(material: MeshStandardMaterial, dyed: boolean): void {
  const dyeAmount = material.userData.dyeAmount as { value: number };
  if (dyeAmount.value === Number(dyed)) return;
  dyeAmount.value = Number(dyed);
  material.needsUpdate = true; // uploads the uniform even where nothing else changes
}

/**
 * Uses a texture owned elsewhere (a skin shared by every preset) as the base-colour map, or none (white). The shader
 * program stays the same. True if it changed.
 */
export function setMaterialMap(material: MeshStandardMaterial, map: Texture | null): boolean {
  const shown = map ?? STAND_INS.map;
  if (material.map === shown) return false;
  material.map = shown;
  material.needsUpdate = true;
  return true;
}

/** Puts back the base-colour texture the material was built with (after a variant's texture). */
export function restoreOwnMap(material: MeshStandardMaterial): boolean {
  return setMaterialMap(material, (material.userData.ownedTextures as (Texture | null)[])[0] ?? null);
}

export function disposeMaterial(material: MeshStandardMaterial): void {
  for (const texture of (material.userData.ownedTextures ?? []) as (Texture | null)[]) disposeTexture(texture);
  material.dispose();
}
