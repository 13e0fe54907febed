/**
 * Plain data read from a pack GLB: typed arrays, material settings, texture bytes and the skeleton. The live
 * scene and the exporter both start from this, so the same GLB gives the same avatar in the browser and in Node.
 */
export type Vec3 = [number, number, number];

export interface TextureData {
  bytes: Uint8Array;
  mimeType: string;
}

export interface MaterialData {
  name: string;
  /** Linear RGBA. */
  baseColor: [number, number, number, number];
  metallic: number;
  roughness: number;
  alphaMode: 'OPAQUE' | 'MASK' | 'BLEND';
  alphaCutoff: number;
  doubleSided: boolean;
  baseColorTexture: TextureData | null;
  normalTexture: TextureData | null;
  occlusionTexture: TextureData | null;
}

export interface PrimitiveData {
  positions: Float32Array;
  normals: Float32Array | null;
  uvs: Float32Array | null;
  indices: Uint32Array;
  /** 4 joint indices (into `AssetData.joints`) and weights per vertex. */
  skinJoints: Uint16Array | null;
  skinWeights: Float32Array | null;
  /** MakeHuman vertex number per vertex (the core body only). */
  mhVertex: Uint16Array | null;
  /** Fitting data: 3 MakeHuman vertex numbers, 3 weights and an offset (metres) per vertex. */
  fitRefs: Uint16Array | null;
  fitWeights: Float32Array | null;
  fitOffsets: Float32Array | null;
  material: MaterialData;
}

/** A rigid accessory's bone, and the body vertices it follows when the body is shaped (see rigid.ts). */
export interface AssetCarrier {
  bone: string;
  /** MakeHuman vertex numbers of the body around the item. */
  anchors: Uint32Array;
  /** Their positions on the body the item was made on (x, y, z per anchor). */
  anchorRest: Float32Array;
}

export interface JointData {
  name: string;
  /** Index of the parent joint in `joints`, -1 for the root joint. */
  parent: number;
  /** Rest translation relative to the parent (metres). */
  translation: Vec3;
  /** Rest position in the avatar's space (metres). */
  head: Vec3;
  /** MakeHuman vertex numbers whose mean is the joint's head (core skeleton only). */
  fitVertices: number[] | null;
}

export interface AssetData {
  name: string;
  primitives: PrimitiveData[];
  /** The skin's joints, in skin order (empty for rigid items). */
  joints: JointData[];
  extras: Record<string, unknown>;
  /** Set on a rigid accessory once attached to its bone (rigid.ts). */
  carrier?: AssetCarrier;
}
