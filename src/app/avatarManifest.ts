import { manifestProblems } from '../avatar/checkManifest';
import { documentFromManifest, manifestFromDocument, restoreManifest, type AvatarManifest } from '../core/manifest';
import type { Result } from '../core/validation';
import { shapeModelOf } from '../scene/assets';
import { avatarStore, readyPacks } from '../state';
import { loadCorePack } from './corePack';

/** The current avatar as a portable manifest, naming the packs it wears. */
export function currentManifest(): AvatarManifest {
  const { avatar, packs } = avatarStore.getState();
  const used = new Set([...Object.values(avatar.items).map((ref) => ref.split('/')[0]), 'core']);
  const refs = [...readyPacks(packs).values()]
    .filter((pack) => used.has(pack.manifest.id))
    .map((pack) => ({ id: pack.manifest.id, version: pack.manifest.version, url: `${pack.baseUrl}pack.json`, hash: pack.hash }));
  return manifestFromDocument(avatar, refs);
}

/**
 * Replaces the avatar with a manifest after checking it completely (structure, packs, items, ranges). On any
 * problem nothing changes and the problems are returned in plain words.
 */
export async function loadManifest(input: unknown): Promise<Result<AvatarManifest>> {
  const restored = restoreManifest(input);
  if (!restored.ok) return restored;
  const core = await loadCorePack();
  const model = await shapeModelOf(core);
  const problems = manifestProblems(restored.value, readyPacks(avatarStore.getState().packs), model.controls);
  if (problems.length > 0) return { ok: false, errors: problems };
  avatarStore.getState().replaceAvatar(documentFromManifest(restored.value));
  return restored;
}
