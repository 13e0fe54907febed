import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createAvatarStore, STORAGE_KEY } from './createStore';
import { forgetSavedState, savedStateSummary } from './forgetSaved';
import { UNREADABLE_SAVE_KEY } from './guardedStorage';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value), removeItem: (key) => void delete data[key] };
}

describe('forgetting the saved state', () => {
  it('says what is saved', async () => {
    expect(await savedStateSummary(memoryStorage())).toEqual({ avatar: false, unreadableSave: false });
    expect(await savedStateSummary(memoryStorage({ [STORAGE_KEY]: '{}' }))).toEqual({ avatar: true, unreadableSave: false });
    expect(await savedStateSummary(memoryStorage({ [UNREADABLE_SAVE_KEY]: 'x' }))).toEqual({ avatar: false, unreadableSave: true });
  });

  it('removes the save and the unreadable one, and writes nothing after, whatever changes', async () => {
    const storage = memoryStorage({ [STORAGE_KEY]: 'not json', unrelated: 'kept' });
    const store = createAvatarStore(storage);
    store.getState().setPose('t');
    expect(await savedStateSummary(storage)).toEqual({ avatar: true, unreadableSave: true });

    await forgetSavedState(store, storage);
    store.getState().setPose('relaxed');
    store.getState().setLanguage('fr');
    store.getState().setNotice({ tone: 'info', text: 'share.copied' });
    expect(storage.data).toEqual({ unrelated: 'kept' });
    expect(storage.data[UNREADABLE_SAVE_KEY]).toBeUndefined();
  });
});
