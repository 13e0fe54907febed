import { readImageInfo } from '../packs/validate/imageSize';
import type { ItemStats, TextureStats } from '../core/itemInspection';
import type { AssetData, MaterialData, TextureData } from './assetData';

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

/** Statistics of a texture-only item (a skin): one image file on the body's own mesh, no geometry of its own. */
export function imageItemStats(bytes: Uint8Array): ItemStats {
  const image = { bytes, mimeType: readImageInfo(bytes)?.mimeType ?? 'unknown' };
  return { triangles: 0, vertices: 0, materials: 0, textures: [textureStats('baseColor', image)], fileBytes: bytes.length, drawCallsPerBody: 0 };
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
