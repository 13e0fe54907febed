import type { StateCreator } from 'zustand';
import { emptyAvatarDocument, type AvatarDocument } from '../core/avatarDocument';
import { wearItem, type ExcludesOf } from '../core/slotRules';
import type { AvatarStore } from './storeTypes';

export interface DocumentSlice {
  avatar: AvatarDocument;
  /** Replaces the whole avatar (preset, imported manifest); one undo step. */
  replaceAvatar: (avatar: AvatarDocument) => void;
  setPose: (pose: string) => void;
  /** Sets one body control (the caller clamps to the control's range). */
  setBodyValue: (control: string, value: number) => void;
  /** Puts body controls back to their defaults (a control or a whole group: one undo step). */
  resetBodyValues: (controls: readonly string[]) => void;
  /** Wears an item (or empties the slot with null) and returns the slots the rules emptied. */
  wear: (slot: string, ref: string | null, excludesOf: ExcludesOf) => string[];
  setColour: (key: string, hex: string) => void;
  /** Chooses a variant of the item in a slot (null: the item's own look). */
  setVariant: (slot: string, variant: string | null) => void;
}

export const createDocumentSlice: StateCreator<AvatarStore, [], [], DocumentSlice> = (set, get) => {
  const update = (change: (avatar: AvatarDocument) => Partial<AvatarDocument>) =>
    set((state) => ({ avatar: { ...state.avatar, ...change(state.avatar) } }));
  return {
    avatar: emptyAvatarDocument(),
    replaceAvatar: (avatar) => set({ avatar }),
    setPose: (pose) => update(() => ({ pose })),
    setBodyValue: (control, value) => update((avatar) => ({ body: { ...avatar.body, [control]: value } })),
    resetBodyValues: (controls) => update((avatar) => ({ body: Object.fromEntries(Object.entries(avatar.body).filter(([id]) => !controls.includes(id))) })),
    wear: (slot, ref, excludesOf) => {
      const outcome = wearItem(get().avatar.items, slot, ref, excludesOf);
      update(() => ({ items: outcome.items }));
      return outcome.removed;
    },
    setColour: (key, hex) => update((avatar) => ({ colours: { ...avatar.colours, [key]: hex } })),
    setVariant: (slot, variant) =>
      update((avatar) => {
        const variants = { ...avatar.variants };
        if (variant) variants[slot] = variant;
        else delete variants[slot];
        return { variants };
      }),
  };
};
