/**
 * "Delete all my data" (docs/privacy.md): what this browser keeps for the creator, and deleting all of it. Every
 * place is listed in docs/privacy.md; keep the two in step.
 */
import { describeSavedState, forgetSavedAvatar } from '../state';
import type { StoredData } from '../ui/StoredDataList';
import { deleteOfflineCopy, hasOfflineCopy } from './offlineCopy';
import { deleteSavedPacks, savedPacks } from './savedPacks';

export async function storedData(): Promise<StoredData> {
  const [saved, packs, offlineCopy] = await Promise.all([describeSavedState(), savedPacks().catch(() => []), hasOfflineCopy()]);
  return { ...saved, packs: packs.map((pack) => pack.source), offlineCopy };
}

/** Deletes the saved avatar and settings, the kept packs and the offline copy, then reloads into a fresh editor. */
export async function deleteAllData(): Promise<void> {
  await forgetSavedAvatar();
  await Promise.all([deleteSavedPacks(), deleteOfflineCopy()]);
  location.reload();
}
