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

function readJoints(nodes: Node[]): JointData[] {
  return nodes.map((node) => {
    const parentNode = node.getParentNode();
    const parent = parentNode ? nodes.indexOf(parentNode) : -1;
    const fit = node.getExtras().fitVertices;
    return {
      name: node.getName(),
      parent,
      translation: [...node.getTranslation()] as Vec3,
      head: [...node.getWorldTranslation()] as Vec3,
      fitVertices: Array.isArray(fit) ? (fit as number[]) : null,
    };
  });
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

function readWeights(accessor: Accessor | null): Float32Array | null {
  if (!accessor) return null;
  const out = new Float32Array(accessor.getCount() * 4);
  const element = [0, 0, 0, 0];
  for (let i = 0; i < accessor.getCount(); i += 1) out.set(accessor.getElement(i, element), i * 4);
  return out;
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
