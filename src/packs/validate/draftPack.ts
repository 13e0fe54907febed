/**
 * Drafts a pack around a lone GLB dropped by a designer: takes the slot the designer chose or guesses it from the
 * file name (an accessory when the name says nothing: the designer panel then asks), tells a skinned
 * garment from a rigid accessory (and picks the bone to carry the latter), and returns a pack.json that passes the
 * schema, with the files ready for validatePack. Licence and thumbnail are left for the designer (the report says so).
 */
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackManifestInput } from '../schema';
import { boxCentre } from './attachRules';
import { readGlbFacts } from './glbFacts';
import { DEFAULT_DRAFT_SLOT, guessSlot, suggestBone } from './guessSlot';
import type { ReferenceSkeleton } from './types';

export interface DraftPack {
  manifest: PackManifestInput;
  /** pack.json and the GLB, by path: what validatePack takes. */
  files: Map<string, Uint8Array>;
  /** What the GLB turned out to be; `unreadable` when it could not be read (the report explains). */
  kind: 'skinned' | 'rigid' | 'unreadable';
  /** Where its slot came from: the designer's choice, its file name, or neither (then it is an accessory until chosen). */
  slotFrom: 'choice' | 'name' | 'default';
}

export async function draftPackForGlb(fileName: string, bytes: Uint8Array, skeleton: ReferenceSkeleton | null, chosenSlot?: string): Promise<DraftPack> {
  const id = idFrom(fileName);
  const named = guessSlot(fileName);
  const slotFrom = chosenSlot ? 'choice' : named ? 'name' : 'default';
  const read = await readGlbFacts(bytes, fileName);
  const kind = !read.ok ? 'unreadable' : read.facts.skins.length > 0 ? 'skinned' : 'rigid';
  const name = titleFrom(fileName);
  const licence = { spdx: 'NOASSERTION', author: 'Unknown' };
  const asset = {
    id,
    slot: chosenSlot ?? named ?? DEFAULT_DRAFT_SLOT,
    name: { en: name, fr: name },
    glb: `items/${id}.glb`,
    licence,
    ...(read.ok && kind === 'rigid' ? { attach: { bone: suggestBone(fileName, boxCentre(read.facts), skeleton), offset: [0, 0, 0] as [number, number, number] } } : {}),
  };
  const manifest: PackManifestInput = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: `draft-${id}`.slice(0, 64),
    version: '0.1.0',
    name: { en: `${name} (draft)`, fr: `${name} (brouillon)` },
    licence,
    authors: ['Unknown'],
    assets: [asset],
  };
  const files = new Map([
    ['pack.json', new TextEncoder().encode(JSON.stringify(manifest, null, 2))],
    [asset.glb, bytes],
  ]);
  return { manifest, files, kind, slotFrom };
}

/** "My Straw_Hat (v2).glb" → "my-straw-hat-v2": a valid asset id (1-64 of a-z 0-9 . _ -). */
function idFrom(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(glb|gltf)$/i, '');
  const id = base.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '').slice(0, 58);
  return id || 'item';
}

function titleFrom(fileName: string): string {
  const words = fileName.replace(/^.*[\\/]/, '').replace(/\.(glb|gltf)$/i, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1).toLowerCase() : 'Item';
}
