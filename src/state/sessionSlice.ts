import type { StateCreator } from 'zustand';
import { pickLanguage, type Language } from '../core/language';
import type { AvatarStore } from './storeTypes';

export type CameraView = 'body' | 'upper' | 'face';

export interface SessionSlice {
  cameraView: CameraView;
  setCameraView: (view: CameraView) => void;
  /** The editor's language: the browser's preference until the user picks one (then saved). */
  language: Language;
  setLanguage: (language: Language) => void;
  /** The core preset the avatar last started from, which "Reset" goes back to. */
  startingPreset: string | null;
  setStartingPreset: (preset: string) => void;
}

export const createSessionSlice: StateCreator<AvatarStore, [], [], SessionSlice> = (set) => ({
  cameraView: 'body',
  setCameraView: (cameraView) => set({ cameraView }),
  language: pickLanguage(globalThis.navigator?.languages ?? []),
  setLanguage: (language) => set({ language }),
  startingPreset: null,
  setStartingPreset: (startingPreset) => set({ startingPreset }),
});
