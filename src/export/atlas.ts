/**
 * Atlas mode: every part is merged into at most two meshes (opaque, and cut-out for hair, lashes and eyes) that
 * each use one texture, as Ready Player Me's `textureAtlas` did. Each part's base colour (with its free colour
 * baked in) gets a square cell; its UVs move into the cell. Normal and occlusion maps are left out: one
 * draw call per group is what atlas users ask for.
 */
import type { AvatarPart } from './assemble';
import { resizeImage, type RgbaImage } from './codecs';
import { bakedBaseColour, encodeTexture, partColour, type ExportMesh, type TextureSettings } from './meshes';
import { blitWithPadding, solidImage } from './pixels';

/** Pixels of edge colour kept around every cell (enough for the first mip levels). */
const CELL_PADDING = 4;
/** Lashes and brows were blended: a low cutoff keeps their thin strands. */
const ATLAS_ALPHA_CUTOFF = 0.3;

export async function atlasMeshes(parts: readonly AvatarPart[], size: number, settings: TextureSettings): Promise<ExportMesh[]> {
  const opaque = parts.filter((part) => part.look.material.alphaMode === 'OPAQUE');
  const cutOut = parts.filter((part) => part.look.material.alphaMode !== 'OPAQUE');
  const groups = [
    { name: 'Wolf3D_Avatar', members: opaque, alpha: false },
    { name: 'Wolf3D_Avatar_Transparent', members: cutOut, alpha: true },
  ].filter((group) => group.members.length > 0);
  return Promise.all(groups.map((group) => mergeGroup(group.name, group.members, group.alpha, size, settings)));
}

async function mergeGroup(name: string, members: readonly AvatarPart[], alpha: boolean, size: number, settings: TextureSettings): Promise<ExportMesh> {
  const atlasSize = Math.min(size, settings.sizeLimit);
  const columns = Math.ceil(Math.sqrt(members.length));
  const cell = Math.floor(atlasSize / columns);
  const inner = cell - 2 * CELL_PADDING;
  const atlas: RgbaImage = { data: new Uint8ClampedArray(atlasSize * atlasSize * 4), width: atlasSize, height: atlasSize };
  const cells = await Promise.all(
    members.map(async (part) => {
      const baked = await bakedBaseColour(part.look, settings.sizeLimit);
      return baked ? resizeImage(baked, inner, inner) : solidImage(inner, partColour(part.look), part.look.material.baseColor[3]);
    }),
  );
  cells.forEach((image, i) => blitWithPadding(atlas, image, (i % columns) * cell + CELL_PADDING, Math.floor(i / columns) * cell + CELL_PADDING, CELL_PADDING));
  const merged = mergeGeometry(
    members.map((part, i) => ({ part, uvOffset: [((i % columns) * cell + CELL_PADDING) / atlasSize, (Math.floor(i / columns) * cell + CELL_PADDING) / atlasSize] as const, uvScale: inner / atlasSize })),
  );
  const alphaMode = alpha ? 'MASK' : 'OPAQUE';
  const roughness = members.reduce((sum, part) => sum + part.look.material.roughness, 0) / members.length;
  return {
    name,
    ...merged,
    material: {
      name: alpha ? 'Wolf3D_Avatar_Transparent' : 'Wolf3D_Avatar',
      baseColorFactor: [1, 1, 1, 1],
      metallic: 0,
      roughness,
      // Cut-out rather than blended: one mesh cannot sort its own hair, lashes and eyes back to front.
      alphaMode,
      alphaCutoff: ATLAS_ALPHA_CUTOFF,
      doubleSided: alpha || members.some((part) => part.look.material.doubleSided),
      baseColor: await encodeTexture(atlas, settings.format, { alphaMode, alphaCutoff: ATLAS_ALPHA_CUTOFF }),
      normal: null,
      occlusion: null,
    },
  };
}

interface Placed {
  part: AvatarPart;
  uvOffset: readonly [number, number];
  uvScale: number;
}

/** Concatenates parts into one geometry; UVs move into each part's cell; morphs missing on a part are zero there. */
function mergeGeometry(placed: readonly Placed[]): Omit<ExportMesh, 'name' | 'material'> {
  const vertexCount = placed.reduce((sum, { part }) => sum + part.positions.length / 3, 0);
  const indexCount = placed.reduce((sum, { part }) => sum + part.indices.length, 0);
  const out = {
    positions: new Float32Array(vertexCount * 3),
    normals: new Float32Array(vertexCount * 3),
    uvs: new Float32Array(vertexCount * 2),
    indices: new Uint32Array(indexCount),
    joints: new Uint16Array(vertexCount * 4),
    weights: new Float32Array(vertexCount * 4),
  };
  const morphNames = [...new Set(placed.flatMap(({ part }) => part.morphs.map((morph) => morph.name)))];
  const mergedMorphs = morphNames.map((morphName) => ({ name: morphName, deltas: new Float32Array(vertexCount * 3) }));
  let vertex = 0;
  let index = 0;
  placed.forEach(({ part, uvOffset, uvScale }) => {
    const count = part.positions.length / 3;
    out.positions.set(part.positions, vertex * 3);
    out.normals.set(part.normals, vertex * 3);
    out.joints.set(part.joints, vertex * 4);
    out.weights.set(part.weights, vertex * 4);
    for (let v = 0; v < count; v += 1) {
      const u = part.uvs ? clamp01(part.uvs[v * 2]!) : 0.5;
      const w = part.uvs ? clamp01(part.uvs[v * 2 + 1]!) : 0.5;
      out.uvs[(vertex + v) * 2] = uvOffset[0] + u * uvScale;
      out.uvs[(vertex + v) * 2 + 1] = uvOffset[1] + w * uvScale;
    }
    for (let i = 0; i < part.indices.length; i += 1) out.indices[index + i] = part.indices[i]! + vertex;
    for (const morph of part.morphs) mergedMorphs[morphNames.indexOf(morph.name)]!.deltas.set(morph.deltas, vertex * 3);
    vertex += count;
    index += part.indices.length;
  });
  return { ...out, morphs: mergedMorphs };
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
