/**
 * Two tabs of the editor share one save. When another tab saves, this one takes up the avatar it saved, so the
 * last edit wins in every tab and no tab later overwrites it with an avatar the user no longer sees there. When
 * another tab deletes all data ("Delete all my data" removes the save), this one starts afresh too.
 */
import { avatarStore, STORAGE_KEY, takeUpSavedAvatar } from '../state';

export function syncWithOtherTabs(): void {
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    if (event.newValue === null) return location.reload();
    void takeUpOtherTabsSave();
  });
}

async function takeUpOtherTabsSave(): Promise<void> {
  if (await takeUpSavedAvatar(avatarStore)) avatarStore.getState().setNotice({ tone: 'info', text: 'storage.otherTab', action: 'undo' });
}
