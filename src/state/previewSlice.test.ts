import { describe, expect, it } from 'vitest';
import { createAvatarStore, STORAGE_KEY } from './createStore';

describe('the previewed item', () => {
  it('opens and closes the grid without an undo step or a save', () => {
    const data: Record<string, string> = {};
    const store = createAvatarStore({ getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value), removeItem: () => {} });
    store.getState().setPreviewItem('core/coat');
    expect(store.getState().previewItem).toBe('core/coat');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().setPose('t'); // a save happens on any change: it must not carry the previewed item
    expect(JSON.parse(data[STORAGE_KEY]!).state).not.toHaveProperty('previewItem');
    store.getState().setPreviewItem(null);
    expect(store.getState().previewItem).toBeNull();
    expect(createAvatarStore({ getItem: (key) => data[key] ?? null, setItem: () => {}, removeItem: () => {} }).getState().previewItem).toBeNull();
  });
});
