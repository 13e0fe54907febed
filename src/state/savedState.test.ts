import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createAvatarStore, STORAGE_KEY } from './createStore';
import { UNREADABLE_SAVE_KEY } from './guardedStorage';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value), removeItem: (key) => void delete data[key] };
}

describe('saves written by every earlier editor', () => {
  it('has a fixture of each shape', () => expect(fixtures).toHaveLength(4));

  it.each(fixtures)('%s is restored whole, with defaults for what it lacks, and saved again in the current shape', (name) => {
    const raw = readFileSync(new URL(name, FIXTURES), 'utf8');
    const { state: saved } = JSON.parse(raw) as { state: Record<string, unknown> & { avatar: Record<string, unknown> } };
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const store = createAvatarStore(storage);
    const state = store.getState();

    expect(state.avatar).toEqual({ body: {}, items: {}, colours: {}, variants: {}, pose: 'a', ...saved.avatar });
    expect(state.cameraView).toBe(saved.cameraView);
    expect(state.language).toBe(saved.language ?? 'en');
    expect(state.startingPreset).toBe(saved.startingPreset ?? null);
    expect(state.notice).toBeNull();
    expect(storage.data[UNREADABLE_SAVE_KEY]).toBeUndefined();
    expect(store.temporal.getState().pastStates).toHaveLength(0);

    state.setVariant('eyes', 'blue');
    const resaved = JSON.parse(storage.data[STORAGE_KEY]!) as { state: { avatar: Record<string, unknown> }; version: number };
    expect(resaved.version).toBe(1);
    expect(Object.keys(resaved.state.avatar).sort()).toEqual(['body', 'colours', 'items', 'pose', 'variants']);
    expect(resaved.state.avatar.variants).toMatchObject({ eyes: 'blue' });
  });
});
