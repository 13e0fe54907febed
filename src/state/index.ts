export { createAvatarStore, STORAGE_KEY, UNDO_LIMIT, type AvatarStoreApi } from './createStore';
export { beginGesture } from './gesture';
export { UNREADABLE_SAVE_KEY } from './guardedStorage';
export { avatarStore, useAvatarStore, useHistory } from './hooks';
export type { AvatarStore } from './storeTypes';
export type { CameraView } from './sessionSlice';
export type { Notice } from './noticeSlice';
export type { EmbedUi } from './embedSlice';
export { readyPacks, type DesignerPack, type ItemLoadState, type PackEntry } from './packsSlice';
