import type { StateCreator } from 'zustand';
import type { BodyControl } from '../core/bodyControls';
import type { LoadedPack } from '../packs/loadPack';
import type { PackReport } from '../packs/validate/types';
import type { AvatarStore } from './storeTypes';

export type PackEntry =
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; pack: LoadedPack }
  | { status: 'error'; url: string; errors: string[] };

/** A pack a designer opened (files or a URL), with its validation report. */
export interface DesignerPack {
  /** The file, folder or URL it came from, as the designer would recognise it. */
  source: string;
  report: PackReport;
  /** Whether its usable part was loaded (false: the report has errors about the whole pack). */
  loaded: boolean;
  /** For a lone GLB, the slot its drafted pack.json puts it in, and where that came from (`default`: ask the designer). */
  draft?: { slot: string; slotFrom: 'choice' | 'name' | 'default' };
}

export type ItemLoadState = { state: 'loading' } | { state: 'ready' } | { state: 'broken'; reason: string };

/** Ephemeral: which packs are loaded and how each worn item's download went. Never saved, never undone. */
export interface PacksSlice {
  packs: Record<string, PackEntry>;
  itemStates: Record<string, ItemLoadState>;
  /** Why the avatar could not be built, if it could not. */
  avatarError: string | null;
  /** The body pack's controls, once its shape data has arrived. */
  bodyControls: BodyControl[];
  /** Pose ids and names, once the poses have arrived. */
  poseNames: { id: string; name: { en: string; fr: string } }[];
  setBodyData: (data: Partial<Pick<PacksSlice, 'bodyControls' | 'poseNames'>>) => void;
  setAvatarError: (message: string | null) => void;
  setPackEntry: (id: string, entry: PackEntry) => void;
  setItemState: (ref: string, state: ItemLoadState) => void;
  /** Packs designers opened, by a key (the pack id, or the source when the pack has no readable id). */
  designerPacks: Record<string, DesignerPack>;
  setDesignerPack: (key: string, pack: DesignerPack | null) => void;
  removePackEntry: (id: string) => void;
}

export const createPacksSlice: StateCreator<AvatarStore, [], [], PacksSlice> = (set) => ({
  packs: {},
  itemStates: {},
  avatarError: null,
  bodyControls: [],
  poseNames: [],
  setBodyData: (data) => set(data),
  setAvatarError: (avatarError) => set({ avatarError }),
  setPackEntry: (id, entry) => set((state) => ({ packs: { ...state.packs, [id]: entry } })),
  setItemState: (ref, itemState) => set((state) => ({ itemStates: { ...state.itemStates, [ref]: itemState } })),
  designerPacks: {},
  setDesignerPack: (key, pack) =>
    set((state) => {
      const designerPacks = { ...state.designerPacks };
      if (pack) designerPacks[key] = pack;
      else delete designerPacks[key];
      return { designerPacks };
    }),
  removePackEntry: (id) =>
    set((state) => {
      const packs = { ...state.packs };
      delete packs[id];
      return { packs };
    }),
});

/** The loaded packs by id (ready ones only). */
export function readyPacks(packs: Record<string, PackEntry>): Map<string, LoadedPack> {
  return new Map(
    Object.entries(packs).flatMap(([id, entry]) => (entry.status === 'ready' ? [[id, entry.pack] as const] : [])),
  );
}
