import type { StateCreator } from 'zustand';
import type { AvatarStore } from './storeTypes';

export type CameraView = 'body' | 'upper' | 'face';

export interface SessionSlice {
  cameraView: CameraView;
  setCameraView: (view: CameraView) => void;
}

export const createSessionSlice: StateCreator<AvatarStore, [], [], SessionSlice> = (set) => ({
  cameraView: 'body',
  setCameraView: (cameraView) => set({ cameraView }),
});
