import type { StateCreator } from 'zustand';
import type { AvatarStore } from './storeTypes';

/** Ephemeral: the item shown on six bodies in the preview grid (`pack/asset`), or null when the grid is closed. */
export interface PreviewSlice {
  previewItem: string | null;
  /** Opens the preview grid on an item, or closes it with null. */
  setPreviewItem: (ref: string | null) => void;
}

export const createPreviewSlice: StateCreator<AvatarStore, [], [], PreviewSlice> = (set) => ({
  previewItem: null,
  setPreviewItem: (previewItem) => set({ previewItem }),
});
