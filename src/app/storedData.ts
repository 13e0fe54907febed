/**
 * "Delete all my data" (docs/privacy.md): what this browser keeps for the creator, and deleting all of it. Every
 * place is listed in docs/privacy.md; keep the two in step.
 */
import { describeSavedState, forgetSavedAvatar } from '../state';
import type { StoredData } from '../ui/StoredDataList';
import { deleteSavedPacks, savedPacks } from './savedPacks';

export async function storedData(): Promise<StoredData> {
  const [saved, packs] = await Promise.all([describeSavedState(), savedPacks().catch(() => [])]);
  return { ...saved, packs: packs.map((pack) => pack.source), offlineCopy: false };
}

/** Deletes the saved avatar and settings, the kept packs, then reloads into a fresh editor. */
export async function deleteAllData(): Promise<void> {
  await forgetSavedAvatar();
  await deleteSavedPacks();
  location.reload();
}
