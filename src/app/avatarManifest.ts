import { manifestProblems } from '../avatar/checkManifest';
import { documentFromManifest, manifestFromDocument, restoreManifest, type AvatarManifest } from '../core/manifest';
import { shortened, type Result } from '../core/validation';
import { shapeModelOf } from '../scene/assets';
import { avatarStore, readyPacks } from '../state';
import { loadCorePack } from './corePack';
import { loadOtherPacks } from './otherPacks';

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
  const checked = await checkedManifest(input);
  if (!checked.ok) return checked;
  if (checked.problems.length > 0) return { ok: false, errors: checked.problems };
  avatarStore.getState().replaceAvatar(documentFromManifest(checked.value));
  return checked;
}

/**
 * Opens a manifest a person brought (a share link, a file): items that are not available here are left out and
 * named in `skipped`, so the rest of the avatar still loads. Anything else wrong changes nothing.
 */
export async function openManifest(input: unknown): Promise<Result<{ skipped: string[] }>> {
  const checked = await checkedManifest(input);
  if (!checked.ok) return checked;
  const { value: manifest, problems } = checked;
  const slotsWith = (field: string) => new Set(problems.filter((p) => p.startsWith(`${field}.`)).map((p) => p.slice(field.length + 1).split(':')[0]!));
  const [badItems, badVariants] = [slotsWith('items'), slotsWith('variants')];
  const rest = problems.filter((p) => !p.startsWith('items.') && !p.startsWith('variants.'));
  if (rest.length > 0) return { ok: false, errors: rest };
  const without = (entries: Record<string, string>, slots: Set<string>) => Object.fromEntries(Object.entries(entries).filter(([slot]) => !slots.has(slot)));
  const items = without(manifest.items, badItems);
  const variants = without(manifest.variants, new Set([...badItems, ...badVariants]));
  avatarStore.getState().replaceAvatar(documentFromManifest({ ...manifest, items, variants }));
  const skipped = [...[...badItems].map((slot) => manifest.items[slot]!), ...[...badVariants].filter((slot) => !badItems.has(slot)).map((slot) => `${Object.hasOwn(manifest.items, slot) ? manifest.items[slot] : slot} (${manifest.variants[slot]})`)];
  // The notice quotes them: a made-up reference may be 100,000 characters long.
  return { ok: true, value: { skipped: skipped.map(shortened) } };
}

async function checkedManifest(input: unknown): Promise<Result<AvatarManifest> & { problems: string[] }> {
  const restored = restoreManifest(input);
  if (!restored.ok) return { ...restored, problems: [] };
  // The other packs too, so that their items are found; the ones that fail to load say so where they load.
  const [core] = await Promise.all([loadCorePack(), loadOtherPacks().catch(() => {})]);
  const model = await shapeModelOf(core);
  return { ...restored, problems: manifestProblems(restored.value, readyPacks(avatarStore.getState().packs), model.controls) };
}
