/**
 * The avatar exporter: manifest + packs → GLB or VRM bytes. A pipeline of small pure steps that runs the same
 * in the browser and in Node and gives the same bytes for the same inputs (no clocks, no randomness).
 */
import { Logger, WebIO, type Document } from '@gltf-transform/core';
import { EXTMeshoptCompression, EXTTextureWebP, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt, simplify, sparse, weld } from '@gltf-transform/functions';
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer';
import type { AvatarManifest } from '../core/manifest';
import { assembleAvatar } from './assemble';
import { atlasMeshes } from './atlas';
import { createAvatarDocument } from './gltfDocument';
import { separateMeshes, type ExportMesh } from './meshes';
import { withMorphs } from './morphs';
import { parseExportOptions, type ExportFormat, type ExportOptions } from './options';
import { restInPose } from './pose';
import { addTangents } from './tangents';
import { ExportInputError, gatherInputs, type ExportInputs, type ExportSources } from './sources';
import { VrmcVrm } from './vrm';

export { ExportInputError, type ExportSources } from './sources';
export { ExportOptions, parseExportOptions, type ExportFormat, type ExportOptionsInput } from './options';

const GENERATOR = 'Avatar Atelier';

/** The exporter's steps, in order, as a progress display names them. */
export const EXPORT_STEPS = ['gathering', 'fitting', 'textures', 'optimising', 'writing'] as const;
export type ExportStep = (typeof EXPORT_STEPS)[number];
/** Told before each step starts; a browser returns a promise that settles once the progress has been painted. */
export type ExportProgress = (step: ExportStep) => void | Promise<void>;
const noProgress: ExportProgress = () => {};
/** Share of triangles each level of detail aims to keep, and the error it may accept (fraction of the mesh size). */
const LOD_SIMPLIFY = { '1': { ratio: 0.6, error: 0.01 }, '2': { ratio: 0.3, error: 0.03 } } as const;

export async function exportAvatarFile(manifest: AvatarManifest, sources: ExportSources, options: unknown, format: ExportFormat, progress = noProgress): Promise<Uint8Array> {
  const parsed = parseExportOptions(options);
  if (!parsed.ok) throw new ExportInputError(parsed.errors.map((error) => `options.${error}`));
  await progress('gathering');
  const inputs = await gatherInputs(manifest, sources);
  const { document } = await buildAvatarDocument(inputs, parsed.value, format, progress);
  await progress('writing');
  return writeGlb(document);
}

export async function buildAvatarDocument(inputs: ExportInputs, options: ExportOptions, format: ExportFormat, progress = noProgress): Promise<{ document: Document; meshes: ExportMesh[] }> {
  // VRM expressions need the blink and emotion shapes whatever the morph option asks for.
  const morphSet = format === 'vrm' && options.morphTargets !== 'none' ? 'all' : options.morphTargets;
  await progress('fitting');
  const assembled = withMorphs(assembleAvatar(inputs), inputs, morphSet);
  const avatar = options.pose === 'T' || format === 'vrm' ? restInPose(assembled, inputs.tPose) : assembled;
  const settings = { format: options.textureFormat, sizeLimit: options.textureSizeLimit };
  await progress('textures');
  const meshes = options.textureAtlas === 'none' ? await separateMeshes(avatar.parts, settings) : await atlasMeshes(avatar.parts, Number(options.textureAtlas), settings);
  await progress('optimising');
  const { document, joints, meshNodes } = createAvatarDocument(avatar.joints, meshes, GENERATOR);
  document.getRoot().getAsset().copyright = creditLines(inputs);
  if (options.textureFormat === 'webp') document.createExtension(EXTTextureWebP).setRequired(true);
  document.setLogger(new Logger(Logger.Verbosity.WARN));
  if (options.lod !== '0') await document.transform(weld(), simplify({ simplifier: MeshoptSimplifier, ...LOD_SIMPLIFY[options.lod] }));
  await document.transform(addTangents(), sparse());
  if (options.compression === 'meshopt') {
    await MeshoptEncoder.ready;
    await document.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }));
  }
  if (format === 'vrm') {
    const meshNodeMorphs = meshNodes.map((node, i) => ({ node, morphNames: meshes[i]!.morphs.map((morph) => morph.name) }));
    document.createExtension(VrmcVrm).setContent({ meta: inputs.manifest.meta, copyright: creditLines(inputs), joints, meshNodes: meshNodeMorphs });
  }
  return { document, meshes };
}

export async function writeGlb(document: Document): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const io = new WebIO().registerExtensions([EXTTextureWebP, EXTMeshoptCompression, KHRMeshQuantization, VrmcVrm]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(document);
}

/** The worn items' licence credits (CC-BY needs them wherever the avatar goes). */
function creditLines(inputs: ExportInputs): string {
  const assets = [inputs.skin?.asset, ...inputs.items.map((item) => item.asset)].filter((asset) => asset !== undefined);
  const lines = assets.map((asset) => asset.licence.attribution ?? `${asset.name.en} by ${asset.licence.author} (${asset.licence.spdx})`);
  return [...new Set(lines)].join('; ');
}
