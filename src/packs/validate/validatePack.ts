/**
 * Validates an asset pack given as files by path (from a folder, a zip, or a drafted single GLB) and returns a
 * report: findings with severity, place and fix, plus per-asset stats. Never throws for bad input.
 */
import type { Asset } from '../schema';
import type { ValidateContext, ValidateOptions } from './context';
import { checkAsset, type AssetCheck } from './assetCheck';
import { countFindings, finding, type Finding } from './findings';
import { checkGlbOnce } from './glbCheck';
import { licenceFindings } from './licenceRules';
import { readManifest, type LenientManifest } from './manifestStage';
import { duplicateIdFindings, fileFindings, presetFindings, unknownSlotFindings } from './packRules';
import { referenceSkeletonFromPack } from './referenceSkeleton';
import { DEFAULT_BUDGETS, DEFAULT_SLOTS, MAX_TEXTURE_SIZE } from './slots';
import type { PackReport } from './types';

export type { ValidateOptions } from './context';

export async function validatePack(files: ReadonlyMap<string, Uint8Array>, options: ValidateOptions = {}): Promise<PackReport> {
  const stage = readManifest(files);
  const manifest = stage.manifest;
  if (!manifest) return report({ id: '(unknown)' }, stage.findings, []);
  const context = await resolveContext(files, manifest, options);
  const packFindings = [
    ...stage.findings,
    ...duplicateIdFindings(manifest),
    ...unknownSlotFindings(manifest, options.knownSlots ?? DEFAULT_SLOTS),
    ...presetFindings(manifest),
    ...fileFindings(stage.paths, files),
    ...(manifest.licence ? licenceFindings(manifest.licence, { file: 'pack.json', pointer: '/licence' }, 'The pack') : []),
    ...(await bodyFindings(manifest, context)),
    ...skippedChecks(manifest, context),
  ];
  const checks: AssetCheck[] = [];
  for (const { asset, index } of manifest.assets) checks.push(await checkAssetSafely(asset, index, context));
  return report({ id: manifest.id, name: manifest.name }, [...packFindings, ...checks.flatMap((check) => check.findings)], checks.map((check) => check.report));
}

async function resolveContext(files: ReadonlyMap<string, Uint8Array>, manifest: LenientManifest, options: ValidateOptions): Promise<ValidateContext> {
  // A pack with a body (the core pack) is checked against its own skeleton unless one is given.
  const own = manifest.body && options.skeleton === undefined ? await referenceSkeletonFromPack(async (path) => files.get(path) ?? null) : null;
  return {
    files,
    skeleton: options.skeleton ?? own,
    validator: options.gltfValidator ?? null,
    budgets: { ...DEFAULT_BUDGETS, ...options.budgets },
    maxTextureSize: options.maxTextureSize ?? MAX_TEXTURE_SIZE,
    bindPoseTolerance: options.bindPoseTolerance ?? 0.01,
    glbs: new Map(),
  };
}

/** The body GLB of a body pack gets the file-level checks (readable, Khronos) but no wearable rules. */
async function bodyFindings(manifest: LenientManifest, context: ValidateContext): Promise<Finding[]> {
  const glb = manifest.body?.glb;
  return glb && context.files.has(glb) ? (await checkGlbOnce(glb, context)).findings : [];
}

function skippedChecks(manifest: LenientManifest, context: ValidateContext): Finding[] {
  const hasModels = manifest.assets.some(({ asset }) => asset.glb);
  const skipped: Finding[] = [];
  if (hasModels && !context.validator) skipped.push(finding('GLTF_VALIDATOR_UNAVAILABLE', 'The Khronos glTF Validator was not available, so its checks were skipped.'));
  if (hasModels && !context.skeleton) skipped.push(finding('SKELETON_UNAVAILABLE', 'No reference skeleton was given, so joint names, bind pose and attach bones were not checked.'));
  return skipped;
}

/** A bug in a rule must not lose the whole report: the asset gets one finding saying it could not be checked. */
async function checkAssetSafely(asset: Asset, index: number, context: ValidateContext): Promise<AssetCheck> {
  try {
    return await checkAsset(asset, index, context);
  } catch (error) {
    const failure = finding('ASSET_CHECK_FAILED', `"${asset.id}" could not be checked: ${(error as Error).message}.`, { asset: asset.id, file: asset.glb });
    const empty = { id: asset.id, slot: asset.slot, kind: 'unknown' as const, bytes: 0, triangles: 0, vertices: 0, materials: 0, drawCalls: 0, textures: [], joints: 0, fitted: false, size: null };
    return { report: { ...empty, summary: countFindings([failure]) }, findings: [failure] };
  }
}

function report(pack: PackReport['pack'], findings: Finding[], assets: PackReport['assets']): PackReport {
  const named = pack.name === undefined ? { id: pack.id } : pack;
  return { pack: named, summary: countFindings(findings), findings, assets };
}
