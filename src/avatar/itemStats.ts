import { readImageInfo } from '../packs/validate/imageSize';
import type { AssetData, MaterialData, TextureData } from './assetData';

export interface TextureStats {
  /** What the material uses it for. */
  role: 'baseColor' | 'normal' | 'occlusion';
  mimeType: string;
  /** Pixels, read from the file header (0 when it cannot be read). */
  width: number;
  height: number;
  /** Size of the image file inside the GLB. */
  bytes: number;
}

/** The cost of one wearable as a designer budgets it: per body that wears it. */
export interface ItemStats {
  triangles: number;
  vertices: number;
  materials: number;
  /** Each image once, even when several materials share it. */
  textures: TextureStats[];
  /** Size of the file the app downloads (the GLB, or the image of a skin). */
  fileBytes: number;
  /** One draw call per primitive, on every body that wears it. */
  drawCallsPerBody: number;
}

const ROLES = [
  ['baseColor', 'baseColorTexture'],
  ['normal', 'normalTexture'],
  ['occlusion', 'occlusionTexture'],
] as const satisfies readonly (readonly [TextureStats['role'], keyof MaterialData])[];

/** Statistics of a wearable GLB, from its parsed data and the size of its file. */
export function itemStats(asset: AssetData, fileBytes: number): ItemStats {
  const materials = new Set(asset.primitives.map((primitive) => materialKey(primitive.material)));
  return {
    triangles: asset.primitives.reduce((sum, primitive) => sum + primitive.indices.length / 3, 0),
    vertices: asset.primitives.reduce((sum, primitive) => sum + primitive.positions.length / 3, 0),
    materials: materials.size,
    textures: texturesOf(asset.primitives.map((primitive) => primitive.material)),
    fileBytes,
    drawCallsPerBody: asset.primitives.length,
  };
}

/** Statistics of a texture-only item (a skin): one image on the body's own mesh, no geometry of its own. */
export function imageItemStats(image: TextureData): ItemStats {
  return { triangles: 0, vertices: 0, materials: 0, textures: [textureStats('baseColor', image)], fileBytes: image.bytes.length, drawCallsPerBody: 0 };
}

function texturesOf(materials: readonly MaterialData[]): TextureStats[] {
  const seen = new Set<Uint8Array>();
  const textures: TextureStats[] = [];
  for (const material of materials) {
    for (const [role, key] of ROLES) {
      const texture = material[key] as TextureData | null;
      if (!texture || seen.has(texture.bytes)) continue;
      seen.add(texture.bytes);
      textures.push(textureStats(role, texture));
    }
  }
  return textures;
}

function textureStats(role: TextureStats['role'], texture: TextureData): TextureStats {
  const info = readImageInfo(texture.bytes);
  return { role, mimeType: texture.mimeType, width: info?.width ?? 0, height: info?.height ?? 0, bytes: texture.bytes.length };
}

/** Primitives built from the same glTF material carry equal settings and the same images. */
function materialKey(material: MaterialData): string {
  const images = [material.baseColorTexture, material.normalTexture, material.occlusionTexture].map((texture) => texture?.bytes.length ?? 0);
  return JSON.stringify([material.name, material.baseColor, material.alphaMode, material.doubleSided, images]);
}
