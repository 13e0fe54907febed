/** Checks one asset of pack.json: its licence, thumbnail, textures and model, and gathers its stats. */
import type { Asset } from '../schema';
import { attachFindings, nodeTransformFindings, rigidWithoutAttach, skinnedWithAttach } from './attachRules';
import type { ValidateContext } from './context';
import { countFindings, finding, type Finding, type FindingPlace } from './findings';
import type { GlbFacts } from './glbFacts';
import { checkGlbOnce } from './glbCheck';
import { readImageInfo } from './imageSize';
import { licenceFindings } from './licenceRules';
import { scaleFindings, triangleFindings } from './sizeRules';
import { placementFindings } from './placementRules';
import { bindPoseFindings, fitFindings, jointFindings } from './skinRules';
import { budgetFor, sizeRange } from './slots';
import { textureFileStat, textureFindings } from './textureRules';
import type { AssetKind, AssetReport, TextureStat } from './types';

export interface AssetCheck {
  report: AssetReport;
  findings: Finding[];
}

export async function checkAsset(asset: Asset, index: number, context: ValidateContext): Promise<AssetCheck> {
  const inManifest = (field: string): FindingPlace => ({ asset: asset.id, file: 'pack.json', pointer: `/assets/${index}/${field}` });
  const findings = [...licenceFindings(asset.licence, inManifest('licence'), `"${asset.id}"`), ...thumbnailFindings(asset, context)];
  if (!asset.glb && !asset.texture) findings.push(finding('ASSET_EMPTY', `"${asset.id}" has neither a "glb" nor a "texture".`, inManifest('glb')));
  const textures = textureFiles(asset, context).map(({ path, bytes }) => textureFileStat(path, bytes));
  const limits = { budget: budgetFor(asset.slot, context.budgets).textureSize, max: context.maxTextureSize };
  for (const texture of textures) findings.push(...textureFindings(texture, limits, { asset: asset.id, file: texture.source }));
  const glb = asset.glb && context.files.has(asset.glb) ? await checkGlbOnce(asset.glb, context) : null;
  findings.push(...(glb?.findings ?? []).map((f) => ({ ...f, asset: asset.id })));
  if (glb?.facts) findings.push(...modelFindings(asset, index, glb.facts, context));
  const report = assetReport(asset, glb?.facts ?? null, textures, context);
  return { report: { ...report, summary: countFindings(findings) }, findings };
}

function thumbnailFindings(asset: Asset, context: ValidateContext): Finding[] {
  if (!asset.thumbnail) return [finding('THUMBNAIL_MISSING', `"${asset.id}" has no thumbnail; the editor draws one from the model.`, { asset: asset.id })];
  const bytes = context.files.get(asset.thumbnail);
  if (!bytes || readImageInfo(bytes)) return [];
  const message = `The thumbnail "${asset.thumbnail}" is not a PNG, JPEG or WebP image; a thumbnail will be generated.`;
  return [finding('THUMBNAIL_UNREADABLE', message, { asset: asset.id, file: asset.thumbnail })];
}

/** The texture files an asset names that are in the pack: its own (texture-only assets) and its variants'. */
function textureFiles(asset: Asset, context: ValidateContext): { path: string; bytes: Uint8Array }[] {
  const paths = [asset.glb ? undefined : asset.texture, ...asset.variants.map((variant) => variant.texture)];
  return paths.flatMap((path) => {
    const bytes = path ? context.files.get(path) : undefined;
    return path && bytes ? [{ path, bytes }] : [];
  });
}

function modelFindings(asset: Asset, index: number, facts: GlbFacts, context: ValidateContext): Finding[] {
  const place = { asset: asset.id, file: asset.glb };
  const scale = scaleFindings(facts, sizeRange(asset.slot), asset.slot, place);
  const budget = budgetFor(asset.slot, context.budgets);
  const limits = { budget: budget.textureSize, max: context.maxTextureSize };
  const textures = facts.textures.flatMap((texture) => textureFindings(texture, limits, place));
  const wearable = wearableFindings(asset, index, facts, context, scale.length === 0);
  return [...scale, ...nodeTransformFindings(facts, place), ...wearable, ...triangleFindings(facts, budget.triangles, asset.slot, place), ...textures];
}

/** Skinned garment or rigid accessory rules; where the mesh sits is only judged once its scale is right. */
function wearableFindings(asset: Asset, index: number, facts: GlbFacts, context: ValidateContext, judgePlacement: boolean): Finding[] {
  const place = { asset: asset.id, file: asset.glb };
  const skeleton = context.skeleton;
  if (facts.skins.length > 0 && asset.attach) return [skinnedWithAttach(asset, { asset: asset.id, file: 'pack.json', pointer: `/assets/${index}/attach` })];
  if (facts.skins.length === 0 && !asset.attach) return [rigidWithoutAttach(asset, facts, skeleton, place)];
  if (!skeleton) return [];
  if (asset.attach) {
    const found = attachFindings(asset, facts, skeleton, place, { asset: asset.id, file: 'pack.json', pointer: `/assets/${index}/attach/bone` });
    return judgePlacement ? found : found.filter((f) => f.code !== 'ATTACH_FAR_FROM_BONE');
  }
  const perSkin = facts.skins.flatMap((skin) => [...jointFindings(skin, skeleton, place), ...bindPoseFindings(skin, skeleton, context.bindPoseTolerance, place)]);
  const placement = judgePlacement ? placementFindings(facts, skeleton, place) : [];
  return [...perSkin, ...fitFindings(facts, skeleton.fitVertexCount, place), ...placement];
}

function assetReport(asset: Asset, facts: GlbFacts | null, textures: TextureStat[], context: ValidateContext): Omit<AssetReport, 'summary'> {
  const kind: AssetKind = facts ? (facts.skins.length > 0 ? 'skinned' : asset.attach ? 'rigid' : 'unknown') : !asset.glb && asset.texture ? 'texture' : 'unknown';
  const file = asset.glb ?? asset.texture;
  const box = facts?.bounds;
  return {
    id: asset.id,
    slot: asset.slot,
    kind,
    ...(file ? { file } : {}),
    bytes: (file ? (context.files.get(file)?.length ?? 0) : 0),
    triangles: facts?.triangles ?? 0,
    vertices: facts?.vertices ?? 0,
    materials: facts?.materials ?? 0,
    drawCalls: facts?.drawCalls ?? 0,
    textures: [...(facts?.textures ?? []), ...textures],
    joints: facts?.skins[0]?.jointNames.length ?? 0,
    fitted: facts ? facts.fitAttributes._FITREFS > 0 : false,
    size: box ? [box.max[0] - box.min[0], box.max[1] - box.min[1], box.max[2] - box.min[2]] : null,
  };
}
