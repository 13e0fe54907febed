/** The validation report and its inputs: plain data, so it can be shown, stored or exported as JSON as it is. */
import type { Finding, FindingCounts } from './findings';

export type Vec3 = [number, number, number];

/** The skeleton wearables bind to: joint names, parents and rest positions (metres, avatar space) of the core body. */
export interface ReferenceSkeleton {
  joints: { name: string; parent: string | null; position: Vec3 }[];
  /** How many base-body vertices `_FITREFS` may name (the shape data's vertexCount), when known. */
  fitVertexCount: number | null;
}

export interface TextureStat {
  /** Where the texture is: a pack file, or a texture inside a GLB. */
  source: string;
  mimeType: string | null;
  width: number;
  height: number;
  bytes: number;
}

/** How an asset is worn: skinned to the skeleton, carried rigidly by one bone, a texture only (skins), or unknown. */
export type AssetKind = 'skinned' | 'rigid' | 'texture' | 'unknown';

export interface AssetReport {
  id: string;
  slot: string;
  kind: AssetKind;
  /** The GLB (or texture, for texture-only assets). */
  file?: string;
  bytes: number;
  triangles: number;
  vertices: number;
  materials: number;
  drawCalls: number;
  textures: TextureStat[];
  /** Joints of its skin (0 when unskinned). */
  joints: number;
  /** Whether it carries fitting data (`_FITREFS`…) and so follows body shape. */
  fitted: boolean;
  /** Bounding-box size in metres, when it has geometry. */
  size: Vec3 | null;
  summary: FindingCounts;
}

export interface PackReport {
  pack: { id: string; name?: string };
  summary: FindingCounts;
  findings: Finding[];
  assets: AssetReport[];
}

/** Per-slot budgets: beyond them a finding warns (see DEFAULT_BUDGETS). */
export interface SlotBudget {
  triangles: number;
  /** Largest texture side in pixels. */
  textureSize: number;
}
