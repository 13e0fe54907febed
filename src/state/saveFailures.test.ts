import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createAvatarStore, STORAGE_KEY } from './createStore';

/** localStorage with a quota: when full, setItem throws as browsers do and keeps the old value. */
function storageWithQuota() {
  const data: Record<string, string> = {};
  const state = { full: false, refused: 0 };
  const storage: StateStorage = {
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      if (state.full) {
        state.refused += 1;
        throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", 'QuotaExceededError');
      }
      data[key] = value;
    },
    removeItem: (key) => void delete data[key],
  };
  return { storage, data, state };
}

const savedPose = (data: Record<string, string>) => (JSON.parse(data[STORAGE_KEY]!) as { state: { avatar: { pose: string } } }).state.avatar.pose;

describe('a full storage', () => {
  it('refuses a save without breaking the edit or the last save, and says so once', () => {
    const { storage, data, state } = storageWithQuota();
    const store = createAvatarStore(storage);
    store.getState().setPose('t');
    state.full = true;

    expect(() => store.getState().setPose('relaxed')).not.toThrow();
    expect(store.getState().avatar.pose).toBe('relaxed');
    expect(savedPose(data), 'the last save is intact').toBe('t');
    expect(store.getState().notice).toEqual({ tone: 'error', text: 'storage.full' });

    store.getState().setNotice(null);
    for (const pose of ['p1', 'p2', 'p3']) store.getState().setPose(pose);
    expect(store.getState().notice, 'not again at every edit').toBeNull();
    expect(state.refused).toBeLessThan(10);
    expect(savedPose(data)).toBe('t');
  });

  it('saves again once there is room, and takes the message back', () => {
    const { storage, data, state } = storageWithQuota();
    const store = createAvatarStore(storage);
    state.full = true;
    store.getState().setPose('t');
    expect(store.getState().notice?.text).toBe('storage.full');

    state.full = false;
    store.getState().setPose('relaxed');
    expect(savedPose(data)).toBe('relaxed');
    expect(store.getState().notice).toBeNull();
    state.full = true;
    store.getState().setPose('a');
    expect(store.getState().notice?.text, 'a new failure is told again').toBe('storage.full');
  });

  it('writes only when what is saved changes, so a loading tab does not write back an avatar another tab replaced', () => {
    const { storage, data } = storageWithQuota();
    const writes: string[] = [];
    const store = createAvatarStore({ ...storage, setItem: (key, value) => (writes.push(key), storage.setItem(key, value)) });
    store.getState().setPose('t');
    store.getState().setItemState('core/bob01', { state: 'loading' });
    store.getState().setAvatarError(null);
    expect(writes).toHaveLength(1);

    data[STORAGE_KEY] = data[STORAGE_KEY]!.replace('"pose":"t"', '"pose":"relaxed"'); // another tab's save
    store.getState().setItemState('core/bob01', { state: 'ready' });
    expect(writes, 'the stale avatar is not written back').toHaveLength(1);
    expect(data[STORAGE_KEY]).toContain('"pose":"relaxed"');
    void store.persist.rehydrate();
    expect(store.getState().avatar.pose).toBe('relaxed');
    store.getState().setPose('a');
    expect(writes).toHaveLength(2);
  });
});
