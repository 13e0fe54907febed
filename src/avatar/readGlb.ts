import { WebIO, type Accessor, type Document, type Material, type Node, type Primitive, type Texture } from '@gltf-transform/core';
import { EXTTextureWebP } from '@gltf-transform/extensions';
import { glbStructureProblem, readerFailure } from '../packs/glb';
import type { AssetData, JointData, MaterialData, PrimitiveData, TextureData, Vec3 } from './assetData';
import { assetDataProblem } from './assetChecks';

const io = new WebIO().registerExtensions([EXTTextureWebP]);

/** Reads a GLB into plain data. Throws with a plain message when the file is not a readable GLB. */
export async function readGlb(bytes: Uint8Array): Promise<AssetData> {
  // Checked before glTF-Transform trusts its lengths, and after, before the scene trusts its indices.
  const problem = glbStructureProblem(bytes);
  if (problem) throw new Error(`not a readable GLB file (${problem})`);
  let asset: AssetData;
  try {
    asset = assetData(await io.readBinary(bytes));
  } catch (error) {
    throw new Error(`not a readable GLB file (${readerFailure(error)})`, { cause: error });
  }
  const unsafe = assetDataProblem(asset);
  if (unsafe) throw new Error(`not a usable GLB file (${unsafe})`);
  return asset;
}

function assetData(document: Document): AssetData {
  const root = document.getRoot();
  const meshNodes = root.listNodes().filter((node) => node.getMesh());
  if (meshNodes.length === 0) throw new Error('it has no mesh');
  const skin = meshNodes.find((node) => node.getSkin())?.getSkin() ?? null;
  const joints = skin ? readJoints(skin.listJoints()) : [];
  const primitives = meshNodes.flatMap((node) => node.getMesh()!.listPrimitives().map((p) => readPrimitive(p)));
  const mainNode = meshNodes[0]!;
  return { name: mainNode.getName(), primitives, joints, extras: { ...mainNode.getMesh()!.getExtras(), ...mainNode.getExtras() } };
}

/**
 * The skin's joints with their parents and world positions. Parents come from the joints' child lists and world
 * matrices are built down the hierarchy once: asking glTF-Transform for each joint's parent and world matrix walks the
 * graph again for every joint, a third of the reading time of a 69-joint file.
 */
function readJoints(nodes: Node[]): JointData[] {
  const indexOf = new Map(nodes.map((node, i) => [node, i]));
  const parents = nodes.map(() => -1);
  nodes.forEach((node, i) => {
    for (const child of node.listChildren()) if (indexOf.has(child)) parents[indexOf.get(child)!] = i;
  });
  const worlds: Mat4[] = [];
  const worldOf = (i: number, depth = 0): Mat4 => {
    if (depth > nodes.length) throw new Error('its joints are their own ancestors');
    return (worlds[i] ??= parents[i] === -1 ? nodes[i]!.getWorldMatrix() : multiply(worldOf(parents[i]!, depth + 1), nodes[i]!.getMatrix()));
  };
  return nodes.map((node, i) => {
    const world = worldOf(i);
    const fit = node.getExtras().fitVertices;
    return {
      name: node.getName(),
      parent: parents[i]!,
      translation: [...node.getTranslation()] as Vec3,
      head: [world[12], world[13], world[14]],
      fitVertices: Array.isArray(fit) ? (fit as number[]) : null,
    };
  });
}

type Mat4 = ReturnType<Node['getMatrix']>;

/** a × b for column-major 4×4 matrices. */
function multiply(a: Mat4, b: Mat4): Mat4 {
  const out = [...a] as Mat4;
  for (let column = 0; column < 4; column += 1) {
    for (let row = 0; row < 4; row += 1) {
      let sum = 0;
      for (let k = 0; k < 4; k += 1) sum += a[k * 4 + row]! * b[column * 4 + k]!;
      out[column * 4 + row] = sum;
    }
  }
  return out;
}

function readPrimitive(primitive: Primitive): PrimitiveData {
  const attribute = (name: string) => primitive.getAttribute(name)?.getArray() ?? null;
  const positions = attribute('POSITION');
  if (!(positions instanceof Float32Array)) throw new Error('a mesh has no float POSITION attribute');
  const indices = primitive.getIndices()?.getArray();
  return {
    positions,
    normals: asFloat32(attribute('NORMAL')),
    uvs: asFloat32(attribute('TEXCOORD_0')),
    indices: indices ? Uint32Array.from(indices) : Uint32Array.from({ length: positions.length / 3 }, (_, i) => i),
    skinJoints: asUint16(attribute('JOINTS_0')),
    skinWeights: readWeights(primitive.getAttribute('WEIGHTS_0')),
    mhVertex: asUint16(attribute('_MHVERTEX')),
    fitRefs: asUint16(attribute('_FITREFS')),
    fitWeights: asFloat32(attribute('_FITWEIGHTS')),
    fitOffsets: asFloat32(attribute('_FITOFFSETS')),
    material: readMaterial(primitive.getMaterial()),
  };
}

/** Skin weights as floats: glTF also allows normalized unsigned bytes and shorts. */
function readWeights(accessor: Accessor | null): Float32Array | null {
  const array = accessor?.getArray();
  if (!accessor || !array) return null;
  if (accessor.getElementSize() !== 4) throw new Error('its skin weights are not 4 per vertex');
  if (!accessor.getNormalized()) return Float32Array.from(array);
  const max = array instanceof Uint8Array ? 0xff : array instanceof Uint16Array ? 0xffff : 1;
  return Float32Array.from(array as ArrayLike<number>, (value) => value / max);
}

function asFloat32(array: ArrayLike<number> | null): Float32Array | null {
  if (!array) return null;
  return array instanceof Float32Array ? array : Float32Array.from(array);
}

function asUint16(array: ArrayLike<number> | null): Uint16Array | null {
  if (!array) return null;
  return array instanceof Uint16Array ? array : Uint16Array.from(array);
}

function readTexture(texture: Texture | null): TextureData | null {
  const image = texture?.getImage();
  return texture && image ? { bytes: image, mimeType: texture.getMimeType() } : null;
}

function readMaterial(material: Material | null): MaterialData {
  return {
    name: material?.getName() ?? 'default',
    baseColor: material ? ([...material.getBaseColorFactor()] as MaterialData['baseColor']) : [1, 1, 1, 1],
    metallic: material?.getMetallicFactor() ?? 0,
    roughness: material?.getRoughnessFactor() ?? 1,
    alphaMode: material?.getAlphaMode() ?? 'OPAQUE',
    alphaCutoff: material?.getAlphaCutoff() ?? 0.5,
    doubleSided: material?.getDoubleSided() ?? false,
    baseColorTexture: readTexture(material?.getBaseColorTexture() ?? null),
    normalTexture: readTexture(material?.getNormalTexture() ?? null),
    occlusionTexture: readTexture(material?.getOcclusionTexture() ?? null),
  };
}
