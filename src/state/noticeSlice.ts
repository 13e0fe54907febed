import type { StateCreator } from 'zustand';
import type { AvatarStore } from './storeTypes';

/** A message for the user: a text key of the editor's strings and its values, so it shows in the current language. */
export interface Notice {
  tone: 'info' | 'error';
  text: string;
  /** `count` (a number) picks the plural form. */
  values?: Record<string, string | number>;
  /** A button the message offers (the app provides what it does). */
  action?: 'downloadUnreadableSave' | 'undo';
}

/** Ephemeral: the one message the editor shows (the newest wins), until dismissed. */
export interface NoticeSlice {
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
}

export const createNoticeSlice: StateCreator<AvatarStore, [], [], NoticeSlice> = (set) => ({
  notice: null,
  setNotice: (notice) => set({ notice }),
});
