import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createAvatarStore, STORAGE_KEY, UNDO_LIMIT } from './createStore';
import { beginGesture } from './gesture';
import { UNREADABLE_SAVE_KEY } from './guardedStorage';
import { undoLimitSetting } from './undoLimit';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => void (data[key] = value),
    removeItem: (key) => void delete data[key],
  };
}

describe('avatar store', () => {
  it('records document edits for undo but not session edits', () => {
    const store = createAvatarStore(memoryStorage());
    store.getState().setPose('t');
    store.getState().setCameraView('face');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().avatar.pose).toBe('a');
    expect(store.getState().cameraView).toBe('face');
    store.temporal.getState().redo();
    expect(store.getState().avatar.pose).toBe('t');
  });

  it('saves document and session keys and restores them without undo history', () => {
    const storage = memoryStorage();
    const first = createAvatarStore(storage);
    first.getState().setPose('relaxed');
    first.getState().setCameraView('upper');
    first.getState().setStartingPreset('kofi');
    const saved = JSON.parse(storage.data[STORAGE_KEY] ?? '{}');
    expect(saved.state).toEqual({ avatar: expect.objectContaining({ pose: 'relaxed' }), cameraView: 'upper', language: 'en', startingPreset: 'kofi' });

    const second = createAvatarStore(storage);
    expect(second.getState().avatar.pose).toBe('relaxed');
    expect(second.getState().cameraView).toBe('upper');
    expect(second.getState().startingPreset).toBe('kofi');
    expect(second.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keeps at most the configured number of undo steps, dropping the oldest', () => {
    const store = createAvatarStore(memoryStorage(), { undoLimit: 3 });
    for (let step = 1; step <= 10; step += 1) store.getState().setPose(`p${step}`);
    expect(store.temporal.getState().pastStates).toHaveLength(3);
    for (let step = 0; step < 5; step += 1) store.temporal.getState().undo();
    expect(store.getState().avatar.pose).toBe('p7');
  });

  it('reads the undo cap a build asks for, and warns about one it cannot use', () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    expect(undoLimitSetting(undefined, warn)).toBe(UNDO_LIMIT);
    expect(undoLimitSetting('50', warn)).toBe(50);
    expect(warnings).toEqual([]);
    for (const bad of ['0', '-4', '2.5', 'many', '1e9']) expect(undoLimitSetting(bad, warn)).toBe(UNDO_LIMIT);
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toContain('"0" is not a whole number');
  });

  it('merges a gesture into one undo step', () => {
    const store = createAvatarStore(memoryStorage());
    const end = beginGesture(store);
    for (const pose of ['p1', 'p2', 'p3']) store.getState().setPose(pose);
    end();
    expect(store.getState().avatar.pose).toBe('p3');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().avatar.pose).toBe('a');
  });

  it.each([
    ['not JSON', '{"state": {"avatar"'],
    ['foreign data', JSON.stringify({ state: { avatar: 42 }, version: 1 })],
    ['a newer version', JSON.stringify({ state: { avatar: { items: {} } }, version: 99 })],
    ['an unknown language', JSON.stringify({ state: { language: 'tlh' }, version: 1 })],
  ])('starts fresh from %s, keeps the unreadable save aside and says so', (_, raw) => {
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const store = createAvatarStore(storage);
    expect(store.getState().avatar.items).toEqual({});
    expect(storage.data[UNREADABLE_SAVE_KEY]).toBe(raw);
    expect(store.getState().notice).toMatchObject({ tone: 'error', action: 'downloadUnreadableSave' });
    store.getState().setPose('t');
    expect(JSON.parse(storage.data[STORAGE_KEY]!).state.avatar.pose).toBe('t');
    expect(storage.data[UNREADABLE_SAVE_KEY]).toBe(raw);
  });
});
