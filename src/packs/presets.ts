import type { AvatarDocument } from '../core/avatarDocument';
import type { PackManifest, Preset } from './schema';

/** The avatar document a pack preset describes; its items are qualified with the pack id. */
export function presetDocument(pack: PackManifest, preset: Preset, pose = 'relaxed'): AvatarDocument {
  const items = Object.fromEntries(Object.entries(preset.items).map(([slot, assetId]) => [slot, `${pack.id}/${assetId}`]));
  return { body: { ...preset.body }, items, colours: { ...preset.colours }, variants: { ...preset.variants }, pose };
}
