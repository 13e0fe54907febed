import { createStore } from 'zustand/vanilla';

/** Whether the avatar stands on the stage; until it does, the page shows a silhouette in its place. */
export const avatarOnStage = createStore<{ shown: boolean }>()(() => ({ shown: false }));
