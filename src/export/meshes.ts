/**
 * The meshes and materials that go into the file, one per avatar part, with textures baked (free colours,
 * dye), resized to the size limit and encoded in the chosen format.
 */
import type { MaterialData, TextureData } from '../avatar/assetData';
import type { Rgb } from '../core/colour';
import type { AvatarPart, PartLook } from './assemble';
import { decodeImage, encodeImage, resizeImage, type ImageFormat, type RgbaImage } from './codecs';
import { bakeColour, cutOutAlpha, flattenHiddenPixels, hasTransparency, withoutAlpha } from './pixels';

export interface MorphTarget {
  name: string;
  /** Position deltas, 3 per vertex (metres). */
  deltas: Float32Array;
}

export interface ExportMaterial {
  name: string;
  baseColorFactor: [number, number, number, number];
  metallic: number;
  roughness: number;
  alphaMode: MaterialData['alphaMode'];
  alphaCutoff: number;
  doubleSided: boolean;
  baseColor: TextureData | null;
  normal: TextureData | null;
  occlusion: TextureData | null;
}

/** The geometry an avatar part and a mesh in the file share. */
export type MeshGeometry = Pick<AvatarPart, 'name' | 'positions' | 'normals' | 'uvs' | 'indices' | 'joints' | 'weights'>;

export interface ExportMesh extends MeshGeometry {
  material: ExportMaterial;
  morphs: MorphTarget[];
}

export interface TextureSettings {
  format: ImageFormat;
  sizeLimit: number;
}

/** The linear colour a part's base colour is multiplied by: its material's own colour and any free colour. */
export function partColour(look: PartLook): Rgb {
  const [r, g, b] = look.material.baseColor;
  const tint = look.tint ?? [1, 1, 1];
  return [r * tint[0], g * tint[1], b * tint[2]];
}

/** The part's base-colour texture with its colour baked in, at most `limit` pixels a side. */
export async function bakedBaseColour(look: PartLook, limit: number): Promise<RgbaImage | null> {
  const texture = look.material.baseColorTexture;
  if (!texture) return null;
  const image = await fitWithin(await decodeImage(texture), limit);
  return bakeColour(image, partColour(look), look.dyed);
}

export async function fitWithin(image: RgbaImage, limit: number): Promise<RgbaImage> {
  const scale = Math.min(1, limit / Math.max(image.width, image.height));
  return scale < 1 ? resizeImage(image, Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale))) : image;
}

/** Encodes a base-colour image for its material's alpha mode; JPEG cannot hold alpha, so such images fall back to PNG. */
export function encodeTexture(image: RgbaImage, format: ImageFormat, alpha: Pick<MaterialData, 'alphaMode' | 'alphaCutoff'>): Promise<TextureData> {
  if (alpha.alphaMode === 'OPAQUE' || !hasTransparency(image)) return encodeImage(withoutAlpha(image), format);
  const kept = alpha.alphaMode === 'MASK' ? cutOutAlpha(image, alpha.alphaCutoff) : image;
  return encodeImage(flattenHiddenPixels(kept), format === 'jpeg' ? 'png' : format);
}

/** One mesh per part, each with its own (shared where identical) textures. */
export async function separateMeshes(parts: readonly AvatarPart[], settings: TextureSettings): Promise<ExportMesh[]> {
  const dataTextures = new Map<TextureData, Promise<TextureData>>();
  const dataTexture = (texture: TextureData | null) => {
    if (!texture) return null;
    let encoded = dataTextures.get(texture);
    if (!encoded) {
      encoded = decodeImage(texture).then((image) => fitWithin(image, settings.sizeLimit)).then((image) => encodeImage(image, settings.format === 'png' ? 'png' : settings.format));
      dataTextures.set(texture, encoded);
    }
    return encoded;
  };
  return Promise.all(
    parts.map(async (part) => {
      const { material } = part.look;
      const baked = await bakedBaseColour(part.look, settings.sizeLimit);
      const [baseColor, normal, occlusion] = await Promise.all([baked ? encodeTexture(baked, settings.format, material) : null, dataTexture(material.normalTexture), dataTexture(material.occlusionTexture)]);
      const colour = baked ? [1, 1, 1] : partColour(part.look).map((c) => Math.min(1, c));
      return {
        ...geometryOf(part),
        morphs: part.morphs,
        material: {
          name: part.name.replace('Wolf3D_', ''),
          baseColorFactor: [colour[0]!, colour[1]!, colour[2]!, material.baseColor[3]],
          metallic: material.metallic,
          roughness: material.roughness,
          alphaMode: material.alphaMode,
          alphaCutoff: material.alphaCutoff,
          doubleSided: material.doubleSided,
          baseColor,
          normal,
          occlusion,
        },
      };
    }),
  );
}

export function geometryOf(part: AvatarPart): MeshGeometry {
  const { name, positions, normals, uvs, indices, joints, weights } = part;
  return { name, positions, normals, uvs, indices, joints, weights };
}
