import { createStore } from 'zustand/vanilla';

/** Where the avatar's face and head top are on the stage, so camera views frame any body height. */
export interface StageFocus {
  faceY: number;
  topY: number;
}

export const stageFocus = createStore<StageFocus>()(() => ({ faceY: 1.5, topY: 1.62 }));
