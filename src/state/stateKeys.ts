/**
 * Every top-level state key, classified once. This table drives what persist saves and what undo records:
 * - document: saved, undoable, exported (the avatar itself);
 * - session: saved, not undoable (view and editor preferences);
 * - ephemeral: neither (loading states, transient UI).
 */
export type KeyScope = 'document' | 'session' | 'ephemeral';

export const STATE_KEY_SCOPES = {
  avatar: 'document',
  cameraView: 'session',
  language: 'session',
  startingPreset: 'session',
  packs: 'ephemeral',
  itemStates: 'ephemeral',
  designerPacks: 'ephemeral',
  avatarError: 'ephemeral',
  notice: 'ephemeral',
  bodyControls: 'ephemeral',
  poseNames: 'ephemeral',
  embedUi: 'ephemeral',
  previewItem: 'ephemeral',
} as const satisfies Record<string, KeyScope>;

export type StateKey = keyof typeof STATE_KEY_SCOPES;

export function keysInScope(...scopes: KeyScope[]): StateKey[] {
  return (Object.keys(STATE_KEY_SCOPES) as StateKey[]).filter((key) => scopes.includes(STATE_KEY_SCOPES[key]));
}

/** Copies only the keys of the given scopes (used by persist and undo `partialize`). */
export function pickScopes<T extends Record<StateKey, unknown>>(state: T, ...scopes: KeyScope[]): Partial<T> {
  const picked: Partial<T> = {};
  for (const key of keysInScope(...scopes)) picked[key] = state[key];
  return picked;
}
