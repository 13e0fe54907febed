import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createAvatarStore } from './createStore';
import { takeUpSavedAvatar } from './otherTabs';

/** One localStorage, as two tabs of the same site share it. */
function sharedStorage(): StateStorage {
  const data: Record<string, string> = {};
  return { getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value), removeItem: (key) => void delete data[key] };
}

describe('two tabs', () => {
  it('take up each other’s avatar as one undoable step, and keep their own view and language', async () => {
    const storage = sharedStorage();
    const [a, b] = [createAvatarStore(storage), createAvatarStore(storage)];
    b.getState().setCameraView('face');
    b.getState().setPose('t');
    a.getState().setPose('relaxed');
    a.getState().setCameraView('upper');

    expect(await takeUpSavedAvatar(b)).toBe(true);
    expect(b.getState().avatar.pose).toBe('relaxed');
    expect(b.getState().cameraView).toBe('face');
    expect(await takeUpSavedAvatar(a), 'what b wrote back is what a has').toBe(false);
    expect(a.getState().avatar.pose).toBe('relaxed');

    b.temporal.getState().undo();
    expect(b.getState().avatar.pose).toBe('t');
    expect(await takeUpSavedAvatar(a)).toBe(true);
    expect(a.getState().avatar.pose, 'the last edit wins in both').toBe('t');
  });
});
