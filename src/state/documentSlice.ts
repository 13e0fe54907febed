import type { StateCreator } from 'zustand';
import { emptyAvatarDocument, type AvatarDocument } from '../core/avatarDocument';
import type { AvatarStore } from './storeTypes';

export interface DocumentSlice {
  avatar: AvatarDocument;
  /** Replaces the whole avatar (preset, imported manifest); one undo step. */
  replaceAvatar: (avatar: AvatarDocument) => void;
  setPose: (pose: string) => void;
}

export const createDocumentSlice: StateCreator<AvatarStore, [], [], DocumentSlice> = (set) => ({
  avatar: emptyAvatarDocument(),
  replaceAvatar: (avatar) => set({ avatar }),
  setPose: (pose) => set((state) => ({ avatar: { ...state.avatar, pose } })),
});
