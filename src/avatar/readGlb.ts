import { checkGlb, isObject, type CheckedGlb, type Json } from '../packs/glb';
import type { AssetData, JointData, MaterialData, PrimitiveData, TextureData, Vec3 } from './assetData';
import { assetDataProblem } from './assetChecks';
import { imageBytes, isNumbers, localMatrix, nodeParents, numberAt, readAccessor, readFloats, worldMatrices } from './gltfParts';

/** Required extensions the reader understands: a pack's textures may be WebP only. */
const READ_EXTENSIONS = new Set(['EXT_texture_webp']);

/** Reads a GLB into plain data. Throws with a plain message when the file is not a readable GLB. */
export async function readGlb(bytes: Uint8Array): Promise<AssetData> {
  const glb = checkGlb(bytes);
  if (typeof glb === 'string') throw new Error(`not a readable GLB file (${glb})`);
  const asset = assetData(glb);
  const unsafe = assetDataProblem(asset);
  if (unsafe) throw new Error(`not a usable GLB file (${unsafe})`);
  return asset;
}

function assetData(glb: CheckedGlb): AssetData {
  const required = Array.isArray(glb.json.extensionsRequired) ? glb.json.extensionsRequired : [];
  const unread = required.find((name) => !READ_EXTENSIONS.has(name as string));
  if (unread !== undefined) throw new Error(`not a readable GLB file (it requires the glTF extension ${String(unread)}, which the app does not read)`);
  const { nodes, meshes, skins } = glb.lists;
  const meshNodes = nodes.filter((node) => node.mesh !== undefined);
  const mainNode = meshNodes[0];
  if (!mainNode) throw new Error('not a readable GLB file (it has no mesh)');
  const skinned = meshNodes.find((node) => node.skin !== undefined);
  const primitives = meshNodes.flatMap((node) => (meshes[node.mesh as number]!.primitives as Json[]).map((p) => readPrimitive(glb, p)));
  const mainMesh = meshes[mainNode.mesh as number]!;
  return {
    name: nameOf(mainNode),
    primitives,
    joints: skinned ? readJoints(nodes, jointIndices(skins[skinned.skin as number]!)) : [],
    extras: { ...extrasOf(mainMesh), ...extrasOf(mainNode) },
  };
}

function jointIndices(skin: Json): number[] {
  return Array.isArray(skin.joints) ? (skin.joints as number[]) : [];
}

/** The skin's joints with their parents (within the skin) and rest positions in the avatar's space. */
function readJoints(nodes: Json[], joints: number[]): JointData[] {
  const parents = nodeParents(nodes);
  const worlds = worldMatrices(nodes, parents);
  const slotOf = new Map(joints.map((node, slot) => [node, slot]));
  return joints.map((index) => {
    const node = nodes[index]!;
    const [world, local] = [worlds[index]!, localMatrix(node)];
    const fit = extrasOf(node).fitVertices;
    return {
      name: nameOf(node),
      parent: slotOf.get(parents[index]!) ?? -1,
      translation: [local[12], local[13], local[14]] as Vec3,
      head: [world[12], world[13], world[14]] as Vec3,
      fitVertices: Array.isArray(fit) ? (fit as number[]) : null,
    };
  });
}

function readPrimitive(glb: CheckedGlb, primitive: Json): PrimitiveData {
  const attributes = primitive.attributes as Record<string, number>;
  const floats = (name: string) => (attributes[name] === undefined ? null : readFloats(glb, attributes[name]));
  const shorts = (name: string) => (attributes[name] === undefined ? null : new Uint16Array(readAccessor(glb, attributes[name]).array));
  const positions = attributes.POSITION === undefined ? null : readAccessor(glb, attributes.POSITION).array;
  if (!(positions instanceof Float32Array)) throw new Error('not a readable GLB file (a mesh has no float POSITION attribute)');
  return {
    positions,
    normals: floats('NORMAL'),
    uvs: floats('TEXCOORD_0'),
    indices: primitive.indices === undefined ? Uint32Array.from({ length: positions.length / 3 }, (_, i) => i) : new Uint32Array(readAccessor(glb, primitive.indices as number).array),
    skinJoints: shorts('JOINTS_0'),
    skinWeights: readWeights(glb, attributes.WEIGHTS_0),
    mhVertex: shorts('_MHVERTEX'),
    fitRefs: shorts('_FITREFS'),
    fitWeights: floats('_FITWEIGHTS'),
    fitOffsets: floats('_FITOFFSETS'),
    material: readMaterial(glb, primitive.material === undefined ? null : glb.lists.materials[primitive.material as number]!),
  };
}

function readWeights(glb: CheckedGlb, index: number | undefined): Float32Array | null {
  if (index === undefined) return null;
  if (glb.lists.accessors[index]!.type !== 'VEC4') throw new Error('not a readable GLB file (its skin weights are not 4 per vertex)');
  return readFloats(glb, index);
}

function readMaterial(glb: CheckedGlb, material: Json | null): MaterialData {
  const pbr = isObject(material?.pbrMetallicRoughness) ? material.pbrMetallicRoughness : {};
  const texture = (info: unknown) => (isObject(info) ? readTexture(glb, glb.lists.textures[info.index as number]!) : null);
  return {
    name: material ? nameOf(material) : 'default',
    baseColor: isNumbers(pbr.baseColorFactor, 4) ? (pbr.baseColorFactor as MaterialData['baseColor']) : [1, 1, 1, 1],
    metallic: material ? numberAt(pbr, 'metallicFactor', 1) : 0,
    roughness: numberAt(pbr, 'roughnessFactor', 1),
    alphaMode: material?.alphaMode === 'MASK' || material?.alphaMode === 'BLEND' ? material.alphaMode : 'OPAQUE',
    alphaCutoff: material ? numberAt(material, 'alphaCutoff', 0.5) : 0.5,
    doubleSided: material?.doubleSided === true,
    baseColorTexture: texture(pbr.baseColorTexture),
    normalTexture: texture(material?.normalTexture),
    occlusionTexture: texture(material?.occlusionTexture),
  };
}

/** A texture's image: the WebP one of EXT_texture_webp when there is one (as readers that know it do), else its source. */
function readTexture(glb: CheckedGlb, texture: Json): TextureData {
  const webp = isObject(texture.extensions) && isObject(texture.extensions.EXT_texture_webp) ? texture.extensions.EXT_texture_webp.source : undefined;
  const image = glb.lists.images[(webp ?? texture.source) as number]!;
  const bytes = imageBytes(glb, image);
  return { bytes, mimeType: typeof image.mimeType === 'string' ? image.mimeType : webp !== undefined ? 'image/webp' : sniffedMimeType(bytes) };
}

/** A PNG or JPEG image's type from its first bytes (glTF requires `mimeType` for images in a buffer; some omit it). */
function sniffedMimeType(bytes: Uint8Array): string {
  return bytes[0] === 0x89 && bytes[1] === 0x50 ? 'image/png' : 'image/jpeg';
}

function nameOf(object: Json): string {
  return typeof object.name === 'string' ? object.name : '';
}

function extrasOf(object: Json): Record<string, unknown> {
  return isObject(object.extras) ? object.extras : {};
}
