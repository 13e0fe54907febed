/** Test helpers: the real baked core pack (public/packs, run `npm run bake` first) as export sources in Node. */
import { manifestFromDocument, type AvatarManifest } from '../core/manifest';
import { presetDocument } from '../packs/presets';
import { packsFromFolder, useNodeCodecs } from './node';
import type { ExportSources } from './sources';

export const PACKS_DIR = 'public/packs';

useNodeCodecs();

/** The manifest of a core-pack preset, naming the core pack with its content hash. */
export async function presetManifest(presetId: string): Promise<{ manifest: AvatarManifest; sources: ExportSources }> {
  const bare = manifestFromDocument({ body: {}, items: {}, colours: {}, variants: {}, pose: 'a' }, []);
  const sources = await packsFromFolder(bare, PACKS_DIR);
  const core = sources.packs.get('core')!;
  const preset = core.manifest.presets.find((p) => p.id === presetId);
  if (!preset) throw new Error(`no preset ${presetId}`);
  const ref = { id: 'core', version: core.manifest.version, url: 'packs/core/pack.json', hash: core.hash };
  return { manifest: manifestFromDocument(presetDocument(core.manifest, preset, 'a'), [ref], { name: preset.name.en, authors: ['Avatar Atelier tests'] }), sources };
}

/** The parts of a GLB's JSON the tests read. */
export interface GlbJson {
  asset: { copyright?: string };
  nodes: { name: string; children?: number[]; translation?: [number, number, number]; mesh?: number }[];
  skins: { joints: number[] }[];
  meshes: { extras?: { targetNames?: string[] } }[];
  extensionsUsed?: string[];
  extensions?: {
    VRMC_vrm?: {
      specVersion: string;
      meta: Record<string, unknown>;
      humanoid: { humanBones: Record<string, { node: number }> };
      expressions: { preset: Record<string, unknown> };
      lookAt: { type: string };
    };
  };
}

/** The JSON chunk of a GLB. */
export function glbJson(bytes: Uint8Array): GlbJson {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(12, true);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + length))) as GlbJson;
}
