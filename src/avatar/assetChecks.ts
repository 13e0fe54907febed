/**
 * What the scene and the exporter assume of asset data read from a GLB, checked once after reading: indices name
 * existing vertices, skin joints name existing joints, and no texture declares more pixels than a phone (or the
 * exporter's image codecs) can decode. The structure check before reading cannot see these: they are in the data.
 */
import { readImageInfo } from '../packs/validate/imageSize';
import type { AssetData, PrimitiveData, TextureData } from './assetData';

/** Largest texture side read: twice the validator's error limit, a quarter of a gigabyte once decoded. */
const MAX_TEXTURE_SIDE = 8192;

export function assetDataProblem(asset: AssetData): string | null {
  for (const primitive of asset.primitives) {
    const problem = primitiveProblem(primitive, asset.joints.length);
    if (problem) return problem;
  }
  return null;
}

function primitiveProblem(primitive: PrimitiveData, joints: number): string | null {
  const vertices = primitive.positions.length / 3;
  const farthest = largest(primitive.indices);
  if (farthest >= vertices) return `a mesh's indices name vertex ${farthest}, but it has ${vertices} vertices`;
  if (primitive.skinJoints && joints > 0 && largest(primitive.skinJoints) >= joints) return `a mesh is weighted to joint ${largest(primitive.skinJoints)}, but its skin has ${joints} joints`;
  const { baseColorTexture, normalTexture, occlusionTexture } = primitive.material;
  for (const texture of [baseColorTexture, normalTexture, occlusionTexture]) {
    const problem = texture && textureProblem(texture);
    if (problem) return problem;
  }
  return null;
}

function textureProblem(texture: TextureData): string | null {
  const info = readImageInfo(texture.bytes);
  if (!info || Math.max(info.width, info.height) <= MAX_TEXTURE_SIDE) return null;
  return `a texture is ${info.width}×${info.height} px; textures larger than ${MAX_TEXTURE_SIDE} px cannot be loaded`;
}

function largest(values: ArrayLike<number>): number {
  let most = -1;
  for (let i = 0; i < values.length; i++) most = Math.max(most, values[i]!);
  return most;
}
