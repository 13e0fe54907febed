import type { StateCreator } from 'zustand';
import type { AvatarStore } from './storeTypes';

/** How a host page set up the editor it embeds (docs/embed.md, `v1.ui.configure`). */
export interface EmbedUi {
  /** The "Done" button's text (null: the editor's own word). */
  doneLabel: string | null;
  /** Category ids to show (null: all). */
  categories: string[] | null;
}

/** Ephemeral: null unless the page runs the embed protocol (`?frameApi`). Never saved, never undone. */
export interface EmbedSlice {
  embedUi: EmbedUi | null;
  setEmbedUi: (ui: EmbedUi) => void;
}

export const createEmbedSlice: StateCreator<AvatarStore, [], [], EmbedSlice> = (set) => ({
  embedUi: null,
  setEmbedUi: (embedUi) => set({ embedUi }),
});
