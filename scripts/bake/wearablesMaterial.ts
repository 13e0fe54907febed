/**
 * The glTF material of a wearable: textures from the item folder (diffuse, normal, AO) as WebP, and the alpha and
 * double-sided choices made from what the mesh actually uses (the source sets `transparent: true` on almost all).
 */
import type { ShippedEntry } from './catalogue';
import type { ProxyJson } from './catalogueSource';
import type { MaterialInput } from './skinnedGlb';
import { readSourceFile } from './source';
import { encodeWebp, readRgba } from './textures';
import { measureAlphaUse, uvCoverage, type AlphaUse, type RgbaImage } from './wearablesAlpha';
import { hasOpenEdges, type WearableGeometry } from './wearablesGeometry';

/** How the item is drawn. */
export interface WearableLook {
  alphaMode: 'OPAQUE' | 'MASK' | 'BLEND';
  alphaCutoff?: number;
  doubleSided: boolean;
}

/** Below this share of not-fully-opaque texels (UV seams, stray pixels) the item is opaque. */
const OPAQUE_BELOW = 0.005;
/** A share of semi-transparent texels from which the item is sheer (tinted lenses, voile, sheer sleeves). */
const SHEER_FROM = 0.15;

/**
 * - opaque texels only: OPAQUE;
 * - painted brows and lash cards (soft alpha everywhere): BLEND, drawn after the opaque face and hair;
 * - hair cards: MASK at 0.5, order-independent, so layered cards never sort wrongly;
 * - sheer cloth and lenses: BLEND; anything else with holes or lace edges: MASK at 0.5.
 */
export function chooseLook(slot: string, alpha: AlphaUse, open: boolean): WearableLook {
  const doubleSided = open && slot !== 'eyes';
  if (alpha.notOpaque < OPAQUE_BELOW) return { alphaMode: 'OPAQUE', doubleSided };
  if ((slot === 'eyebrows' || slot === 'eyelashes') && alpha.softOfVisible > 0.5) return { alphaMode: 'BLEND', doubleSided };
  if (slot === 'hair') return { alphaMode: 'MASK', alphaCutoff: 0.5, doubleSided };
  if (alpha.soft >= SHEER_FROM) return { alphaMode: 'BLEND', doubleSided };
  return { alphaMode: 'MASK', alphaCutoff: 0.5, doubleSided };
}

const ROUGHNESS: Readonly<Record<string, number>> = { eyes: 0.15, teeth: 0.35, tongue: 0.45, hair: 0.6, glasses: 0.2 };

/** The diffuse file of the item's default look: the first variant's texture, else the first material's. */
export function defaultDiffusePath(entry: ShippedEntry, json: ProxyJson): string {
  const variant = entry.spec.variants?.[0];
  return `${entry.dir}/${variant ? `textures/${variant.texture}` : json.materials[0]!.mapDiffuse!}`;
}

/** Everything the bake derives from the item's textures. */
export interface WearableMaterial {
  material: MaterialInput;
  look: WearableLook;
  alpha: AlphaUse;
  diffuse: RgbaImage;
  /** Texels the UVs cover (diffuse size). */
  coverage: Uint8Array;
}

export async function buildWearableMaterial(entry: ShippedEntry, json: ProxyJson, geometry: WearableGeometry): Promise<WearableMaterial> {
  const diffusePng = readSourceFile(defaultDiffusePath(entry, json));
  const diffuse = await readRgba(diffusePng);
  const coverage = uvCoverage(geometry.uvs, geometry.indices, diffuse.width, diffuse.height);
  const alpha = measureAlphaUse(diffuse, coverage);
  const look = chooseLook(entry.spec.slot, alpha, hasOpenEdges(geometry.indices, geometry.sourceVertex));
  const source = json.materials[0]!;
  const optional = (path: string | undefined): Buffer | undefined => (path ? readSourceFile(`${entry.dir}/${path}`) : undefined);
  const [baseColorTexture, normalTexture, occlusionTexture] = await Promise.all([
    encodeWebp(diffusePng, look.alphaMode === 'OPAQUE' ? 'color' : 'alpha'),
    encodeOptional(optional(source.mapNormal), 'normal'),
    encodeOptional(optional(source.mapAO), 'data'),
  ]);
  const material: MaterialInput = {
    name: entry.id,
    baseColorTexture,
    normalTexture,
    occlusionTexture,
    alphaMode: look.alphaMode,
    alphaCutoff: look.alphaCutoff,
    doubleSided: look.doubleSided,
    metallicFactor: 0,
    roughnessFactor: ROUGHNESS[entry.spec.slot] ?? 0.85,
  };
  return { material, look, alpha, diffuse, coverage };
}

function encodeOptional(png: Buffer | undefined, kind: 'normal' | 'data'): Promise<Uint8Array | undefined> {
  return png ? encodeWebp(png, kind) : Promise.resolve(undefined);
}
